import "server-only";
import { decode } from "next-auth/jwt";

/**
 * Reads the session id out of the Auth.js session cookie, the way Auth.js's
 * own session endpoint does, without running that endpoint.
 *
 * `auth()` in a page or a server action builds a synthetic Request to
 * Auth.js's session route, which decrypts the JWT, encrypts a refreshed one
 * (a second key derivation and encryption) and answers with a Response whose
 * Set-Cookie is thrown away (pages and actions cannot set cookies through
 * it). Only the decryption matters: the refreshed cookie never reaches the
 * browser, and the AuthSession row, not the cookie, decides how long a
 * sign-in lasts (decision 001). Decoding the cookie directly gives the same
 * session id for a fraction of the work.
 *
 * What must match Auth.js exactly, and does:
 * - the cookie's name, which is also the key-derivation salt: `authjs.session-token`,
 *   prefixed with `__Secure-` when Auth.js sees the site as https (AUTH_URL's protocol,
 *   else the `x-forwarded-proto` header, else https: `createActionURL` in @auth/core);
 * - the secret (AUTH_SECRET; next-auth sets `config.secret` from it alone);
 * - the checks: `decode` from next-auth/jwt is the function Auth.js's session route
 *   calls (JWE "dir" + A256CBC-HS512, expiry with 15 s of tolerance).
 * Anything else (no cookie, a cookie under the other name, a token that does not
 * decrypt or has expired, a payload without a string `sid`) is no session.
 */

const BASE_NAME = "authjs.session-token";

/** The name Auth.js gives the session cookie for this request. */
export function sessionCookieName(
  forwardedProto: string | null,
  authUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL,
): string {
  let protocol: string;
  if (authUrl) {
    protocol = new URL(authUrl).protocol;
  } else {
    const detected = forwardedProto ?? "https";
    protocol = detected.endsWith(":") ? detected : `${detected}:`;
  }
  return protocol === "https:" ? `__Secure-${BASE_NAME}` : BASE_NAME;
}

/**
 * Cookies already decoded, by secret, name and whole value. Decoding is a
 * pure function of those three (a key derivation, the key's thumbprint, a
 * decryption: about a twentieth of a confirmation's CPU under load, issue
 * 18), redone on every request of a person whose page autosaves and polls
 * every few seconds, and twice per confirmation (the action, then the page it
 * renders again). Only cookies that decoded to a session id are kept, with
 * the token's expiry, which is checked again on every use exactly as
 * `decode` checks it (`exp` against now with 15 s of tolerance); the
 * AuthSession row still decides on every request whether the session is
 * live (decision 001). Per process and bounded: nothing another process needs
 * (decision 019), and a flood of forged cookies adds nothing to it.
 */
const decoded = new Map<string, { sid: string; exp: number | undefined }>();
const DECODED_MAX = 5_000;
/** `decode`'s clockTolerance (@auth/core/jwt). */
const CLOCK_TOLERANCE_S = 15;

/** The session id in an Auth.js session cookie's value, or "" when there is none. */
export async function sessionIdFromCookie(value: string | undefined, cookieName: string): Promise<string> {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!value || !secret) return "";
  const key = `${secret}\u0000${cookieName}\u0000${value}`;
  const known = decoded.get(key);
  if (known) {
    if (known.exp === undefined || known.exp > Math.floor(Date.now() / 1000) - CLOCK_TOLERANCE_S) return known.sid;
    decoded.delete(key);
    return "";
  }
  try {
    const payload = await decode({ token: value, secret, salt: cookieName });
    if (typeof payload?.sid !== "string") return "";
    // A token that is not yet valid (`nbf`; Auth.js never sets one) is not kept: its check depends on the time.
    if (payload.nbf === undefined) {
      if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
      decoded.set(key, { sid: payload.sid, exp: typeof payload.exp === "number" ? payload.exp : undefined });
    }
    return payload.sid;
  } catch {
    // Tampered, truncated, expired or encrypted under another secret: not a session.
    return "";
  }
}
