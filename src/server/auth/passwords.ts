import "server-only";
import { type Algorithm, hash, verify } from "@node-rs/argon2";

/** OWASP's argon2id floor: 19 MiB of memory, 2 iterations, parallelism 1. */
export const ARGON2_PARAMS = {
  // Algorithm.Argon2id is an ambient const enum (unusable with isolatedModules); its value is 2.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

// Verifying against this when the email is unknown costs the same time as a
// real check, so response time does not tell which emails have an account.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashPassword("timing-equaliser-not-a-real-password");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
