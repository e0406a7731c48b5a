import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { sessionCookieName, sessionIdFromCookie } from "@/server/auth/session-cookie";
import { type Viewer, viewerFromSessionId } from "@/server/auth/viewer";

/**
 * The viewer of the current request, looked up once per request: the session
 * id from the Auth.js cookie (decoded directly, see session-cookie.ts), then
 * the AuthSession row, which decides whether it is still valid.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const [h, jar] = await Promise.all([headers(), cookies()]);
  const name = sessionCookieName(h.get("x-forwarded-proto"));
  return viewerFromSessionId(await sessionIdFromCookie(jar.get(name)?.value, name));
});
