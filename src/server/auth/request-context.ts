import "server-only";
import { cookies, headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER, clientIp, UNKNOWN_ADDRESS } from "@/lib/client-ip";
import { getViewer } from "@/server/auth/current-viewer";
import type { Viewer } from "@/server/auth/viewer";
import { log } from "@/server/log";
import { randomToken } from "@/server/secrets";

export type RequestContext = { viewer: Viewer; ip: string };

let warnedMissing = false;

/**
 * Who is calling and from which address. The address is the one the server
 * entry (scripts/server.mjs) recorded; never X-Forwarded-For, which the
 * client can write (decision 012).
 */
export async function getRequestContext(): Promise<RequestContext> {
  const h = await headers();
  const ip = clientIp(h.get(CLIENT_ADDRESS_HEADER));
  if (ip === UNKNOWN_ADDRESS && !warnedMissing) {
    // Fail closed: every such request shares one budget. Said once per process.
    warnedMissing = true;
    log.warn(
      { event: "client-address.missing" },
      "no client address from the server entry (started without scripts/server.mjs?): all such requests share one failure budget",
    );
  }
  return { viewer: await getViewer(), ip };
}

/**
 * « Same browser », defined honestly: a random id (128 bits) kept in an
 * HttpOnly cookie by the browser profile that joined. Two entries joined
 * with the same cookie came from the same browser profile; a private window,
 * another browser, another device or cleared cookies give a new id, so this
 * is a hint for the facilitator, never a proof, and never a block. The
 * server stores only a hash of it (join-demarche.ts); nothing else reads it.
 */
const NAME = "rc-device";
const MAX_AGE_S = 400 * 24 * 60 * 60; // browsers cap cookies at 400 days
const WELL_FORMED = /^[A-Za-z0-9_-]{16,64}$/;

function secure(): boolean {
  const url = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  return url ? url.startsWith("https:") : process.env.NODE_ENV === "production";
}

/** The browser's device id, set now when it has none (or a malformed one). Server actions only. */
export async function deviceIdForJoin(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(NAME)?.value;
  if (existing && WELL_FORMED.test(existing)) return existing;
  const id = randomToken(16);
  jar.set(NAME, id, { httpOnly: true, sameSite: "lax", secure: secure(), path: "/", maxAge: MAX_AGE_S });
  return id;
}
