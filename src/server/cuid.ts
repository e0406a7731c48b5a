import "server-only";
import os from "node:os";

/**
 * An id in the form Prisma's `@default(cuid())` gives (cuid v1, as the
 * runtime of @prisma/client 6.19 makes it, no npm package needed): "c", the
 * time in ms in base 36, a 4-digit counter, a 4-character fingerprint of the
 * process and host, 8 random characters; 25 characters in all. For the rare
 * raw INSERT of the hot path (decision 019, addendum on raw SQL), so its rows
 * cannot be told from the ones Prisma writes. Not a secret: an id, unique
 * and roughly time-ordered.
 */
const BLOCK = 36 ** 4;
const pad = (text: string, size: number) => ("000000000" + text).slice(-size);

function hostName(): string {
  try {
    return os.hostname();
  } catch {
    return process.env._CLUSTER_NETWORK_NAME_ ?? process.env.COMPUTERNAME ?? "hostname";
  }
}

const host = hostName();
const FINGERPRINT =
  pad(process.pid.toString(36), 2) +
  pad(
    host
      .split("")
      .reduce((sum, ch) => sum + ch.charCodeAt(0), host.length + 36)
      .toString(36),
    2,
  );

let counter = 0;

function randomBlock(): string {
  return pad(Math.floor(Math.random() * BLOCK).toString(36), 4);
}

export function cuid(now: number = Date.now()): string {
  counter = counter < BLOCK ? counter : 0;
  const count = counter++;
  return "c" + now.toString(36) + pad(count.toString(36), 4) + FINGERPRINT + randomBlock() + randomBlock();
}
