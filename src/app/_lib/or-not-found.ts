import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/server/errors";

/**
 * For pages: a row the viewer may not see (or that does not exist) is a 404
 * page, never an error page that would confirm it exists.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
