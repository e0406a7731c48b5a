import { ANONYMOUS, type Viewer } from "@/server/auth/viewer";

/**
 * Stands in for `@/server/auth/request-context` and
 * `@/server/auth/current-viewer` in tests that call the real server actions
 * and route handlers: Next's request (headers, the session cookie) does not
 * exist there, so the test says who is calling and from which address.
 *
 *   vi.mock("@/server/auth/request-context", () => import("../../support/acting-as"));
 *   vi.mock("@/server/auth/current-viewer", () => import("../../support/acting-as"));
 */
let current: { viewer: Viewer; ip: string } = { viewer: ANONYMOUS, ip: "192.0.2.1" };

export function actAs(viewer: Viewer, ip = "192.0.2.1"): void {
  current = { viewer, ip };
}

export async function getRequestContext(): Promise<{ viewer: Viewer; ip: string }> {
  return current;
}

export async function getViewer(): Promise<Viewer> {
  return current.viewer;
}

/** The browser's device id cookie (decision 013): one fixed browser for every call in a test. */
export async function deviceIdForJoin(): Promise<string> {
  return "test-browser-device-id-0001";
}
