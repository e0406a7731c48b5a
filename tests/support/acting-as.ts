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
let current: { viewer: Viewer; ip: string; forwardedFor: string } = {
  viewer: ANONYMOUS,
  ip: "192.0.2.1",
  forwardedFor: "192.0.2.1",
};

/** The next calls are made by `viewer`, from `ip` (the address Next.js appends to X-Forwarded-For). */
export function actAs(viewer: Viewer, ip = "192.0.2.1"): void {
  current = { viewer, ip, forwardedFor: ip };
}

/** The X-Forwarded-For header exactly as the server receives it (the socket address last). */
export function sendForwardedFor(header: string): void {
  current = { ...current, forwardedFor: header };
}

/** The request headers the mocked `next/headers` returns. */
export function requestHeaders(): Headers {
  return new Headers({ "x-forwarded-for": current.forwardedFor });
}

export async function getRequestContext(): Promise<{ viewer: Viewer; ip: string }> {
  return { viewer: current.viewer, ip: current.ip };
}

export async function getViewer(): Promise<Viewer> {
  return current.viewer;
}
