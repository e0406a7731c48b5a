import "server-only";
import { cache } from "react";
import { auth } from "@/server/auth/next-auth";
import { type Viewer, viewerFromSessionId } from "@/server/auth/viewer";

/** The viewer of the current request, looked up once per request. */
export const getViewer = cache(async (): Promise<Viewer> => {
  const session = await auth();
  return viewerFromSessionId(session?.sid ?? "");
});
