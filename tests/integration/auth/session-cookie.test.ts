import { encode, getToken } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSessionRecord } from "@/server/auth/session-records";
import { sessionCookieName, sessionIdFromCookie } from "@/server/auth/session-cookie";
import { viewerFromSessionId } from "@/server/auth/viewer";
import { makeFacilitator } from "../../support/factories";

/**
 * getViewer decodes the Auth.js session cookie itself instead of running
 * Auth.js's session endpoint: it must accept exactly the cookies Auth.js
 * issues and reads, under the same name, and nothing else.
 */
const SECRET = "test-secret-0123456789abcdef0123456789abcdef";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

/** The cookie Auth.js sets at sign-in (src/server/auth/next-auth.ts puts only the sid in the token). */
async function issued(sid: string, name: string, maxAge = 3600) {
  return encode({ token: { sid }, secret: SECRET, salt: name, maxAge });
}

/** What Auth.js itself reads from a request carrying this cookie. */
async function authJsReads(name: string, value: string): Promise<string> {
  const req = new Request("http://localhost/", { headers: { cookie: `${name}=${value}` } });
  const token = await getToken({ req, secret: SECRET, secureCookie: name === SECURE, salt: name });
  return typeof token?.sid === "string" ? token.sid : "";
}

let saved: Record<string, string | undefined>;
beforeEach(() => {
  saved = { AUTH_SECRET: process.env.AUTH_SECRET, AUTH_URL: process.env.AUTH_URL };
  process.env.AUTH_SECRET = SECRET;
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe("the session cookie", () => {
  it("is named as Auth.js names it: __Secure- behind https, plain over http", () => {
    expect(sessionCookieName(null, "https://regards.example.org")).toBe(SECURE);
    expect(sessionCookieName("http", "https://regards.example.org")).toBe(SECURE);
    expect(sessionCookieName(null, "http://localhost:3000")).toBe(PLAIN);
    expect(sessionCookieName("https", "http://localhost:3000")).toBe(PLAIN);
    // Without AUTH_URL, Auth.js trusts x-forwarded-proto and assumes https when it is absent.
    expect(sessionCookieName("http", "")).toBe(PLAIN);
    expect(sessionCookieName("https", "")).toBe(SECURE);
    expect(sessionCookieName(null, "")).toBe(SECURE);
  });

  it("gives the session id Auth.js reads from it, which resolves to the signed-in person", async () => {
    const f = await makeFacilitator();
    const sid = await createSessionRecord("facilitator", f.id);
    for (const name of [PLAIN, SECURE]) {
      const value = await issued(sid, name);
      expect(await sessionIdFromCookie(value, name)).toBe(sid);
      expect(await authJsReads(name, value)).toBe(sid);
    }
    const viewer = await viewerFromSessionId(await sessionIdFromCookie(await issued(sid, PLAIN), PLAIN));
    expect(viewer).toMatchObject({ kind: "facilitator", facilitatorId: f.id });
  });

  it("gives no session for a cookie issued under the other name, another secret, altered or expired", async () => {
    const value = await issued("some-session-id", PLAIN);
    // The name is the key derivation's salt: a plain cookie does not open as a __Secure- one.
    expect(await sessionIdFromCookie(value, SECURE)).toBe("");
    expect(await authJsReads(SECURE, value)).toBe("");

    const otherSecret = await encode({ token: { sid: "x" }, secret: `${SECRET}-other`, salt: PLAIN, maxAge: 3600 });
    expect(await sessionIdFromCookie(otherSecret, PLAIN)).toBe("");

    const altered = `${value.slice(0, -6)}${value.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
    expect(await sessionIdFromCookie(altered, PLAIN)).toBe("");
    expect(await sessionIdFromCookie("not-a-jwt", PLAIN)).toBe("");
    expect(await sessionIdFromCookie(undefined, PLAIN)).toBe("");

    const expired = await issued("some-session-id", PLAIN, -60);
    expect(await sessionIdFromCookie(expired, PLAIN)).toBe("");
    expect(await authJsReads(PLAIN, expired)).toBe("");
  });

  it("refuses a cookie it already read once its token has expired, or under another secret or name", async () => {
    // Decoded cookies are kept in memory (issue 18): what was accepted once must be refused when it no longer holds.
    const value = await issued("kept-session-id", PLAIN, 60);
    expect(await sessionIdFromCookie(value, PLAIN)).toBe("kept-session-id");
    expect(await sessionIdFromCookie(value, SECURE)).toBe("");
    process.env.AUTH_SECRET = `${SECRET}-rotated`;
    expect(await sessionIdFromCookie(value, PLAIN)).toBe("");
    process.env.AUTH_SECRET = SECRET;
    expect(await sessionIdFromCookie(value, PLAIN)).toBe("kept-session-id");

    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      // Past the token's expiry and Auth.js's 15 s of tolerance.
      vi.setSystemTime(Date.now() + 76_000);
      expect(await authJsReads(PLAIN, value)).toBe("");
      expect(await sessionIdFromCookie(value, PLAIN)).toBe("");
    } finally {
      vi.useRealTimers();
    }
  });

  it("gives no session when the token carries no string sid", async () => {
    const value = await encode({ token: { sub: "someone" }, secret: SECRET, salt: PLAIN, maxAge: 3600 });
    expect(await sessionIdFromCookie(value, PLAIN)).toBe("");
  });
});
