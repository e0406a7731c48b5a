import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/server/errors";

/**
 * For pages: a server function's NOT_FOUND (the row does not exist, or the
 * viewer may not know it does) becomes Next's 404 page. Other errors go on
 * to the error page.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
