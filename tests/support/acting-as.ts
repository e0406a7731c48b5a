import { CLIENT_ADDRESS_HEADER } from "@/lib/client-ip";
import { ANONYMOUS, type Viewer } from "@/server/auth/viewer";

/**
 * Who is calling, in tests that call the real server actions and route
 * handlers: Next's request (headers, the session cookie) does not exist
 * there, so the test says who is calling and from which address.
 * tests/support/mock-next.ts puts it in place of `@/server/auth/current-viewer`
 * and of the request headers read by `@/server/auth/request-context`; it can
 * also stand in for `@/server/auth/request-context` itself:
 *
 *   vi.mock("@/server/auth/request-context", () => import("../../support/acting-as"));
 */
let current: { viewer: Viewer; ip: string; forwardedFor: string; viaServerEntry: boolean } = {
  viewer: ANONYMOUS,
  ip: "192.0.2.1",
  forwardedFor: "192.0.2.1",
  viaServerEntry: true,
};

/** The next calls are made by `viewer`, from `ip` (the socket address the server entry records, scripts/server.mjs). */
export function actAs(viewer: Viewer, ip = "192.0.2.1"): void {
  current = { viewer, ip, forwardedFor: ip, viaServerEntry: true };
}

/** The next calls come from `ip`, whoever is calling. */
export function sendFrom(ip: string): void {
  current = { ...current, ip, forwardedFor: ip, viaServerEntry: true };
}

/** The next calls reach Next.js without the server entry (plain `next start`): only X-Forwarded-For, as the client wrote it. */
export function sendWithoutServerEntry(forwardedFor: string): void {
  current = { ...current, forwardedFor, viaServerEntry: false };
}

/** The X-Forwarded-For header exactly as the client sent it (the server must not believe it). */
export function sendForwardedFor(header: string): void {
  current = { ...current, forwardedFor: header };
}

/** One browser's cookies for every call of a test file (the device id cookie of decision 013). */
const jar = new Map<string, string>();

/** The cookie jar the mocked `next/headers` returns: the calls `cookies()` makes in server actions. */
export function requestCookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    has: (name: string) => jar.has(name),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => {
      jar.set(name, value);
    },
    delete: (name: string) => {
      jar.delete(name);
    },
  };
}

/** The request headers the mocked `next/headers` returns. */
export function requestHeaders(): Headers {
  const headers = new Headers({ "x-forwarded-for": current.forwardedFor });
  if (current.viaServerEntry) headers.set(CLIENT_ADDRESS_HEADER, current.ip);
  return headers;
}

export async function getRequestContext(): Promise<{ viewer: Viewer; ip: string }> {
  return { viewer: current.viewer, ip: current.ip };
}

export async function getViewer(): Promise<Viewer> {
  return current.viewer;
}

/** The browser's device id cookie (decision 013): one fixed browser for every call in a test. */
export async function deviceIdForJoin(): Promise<string> {
  return "test-browser-device-id-0001";
}
