import { vi } from "vitest";

/**
 * The one set of module mocks for tests that call the real server actions and
 * route handlers: Next's request does not exist there, so
 *
 * - `next/headers` returns the headers and the cookie jar of
 *   tests/support/acting-as.ts (the real `getRequestContext` reads the client
 *   address from them; joining sets the browser's device cookie);
 * - `@/server/auth/current-viewer` is the caller set with `actAs(viewer, ip)`;
 * - next-auth's `signIn`/`signOut` do nothing (they would set cookies and
 *   redirect);
 * - `next/cache` revalidation does nothing.
 *
 * Import it FIRST in the test file, before anything from src/:
 *
 *   import "../../support/mock-next";
 *
 * vi.mock is hoisted to the top of this module, and Vitest's module runner
 * evaluates a test file's imports in order, so the mocks are registered
 * before the modules they replace are loaded. A file that needs one more mock
 * (logs.test.ts replaces pino) writes it next to this import.
 */
vi.mock("next/headers", async (importOriginal) => {
  const { requestCookies, requestHeaders } = await import("./acting-as");
  return {
    ...(await importOriginal<typeof import("next/headers")>()),
    headers: async () => requestHeaders(),
    cookies: async () => requestCookies(),
  };
});
vi.mock("@/server/auth/current-viewer", () => import("./acting-as"));
vi.mock("@/server/auth/next-auth", () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
  auth: async () => null,
  handlers: {},
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
}));
