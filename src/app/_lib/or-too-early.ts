import "server-only";
import { isAppError } from "@/server/errors";

/**
 * For pages whose content exists only from a given phase on (the mise en
 * commun, the report): a refusal for the démarche's state is a page that
 * says « not yet », never an error page. Other errors go on.
 */
export async function orTooEarly<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_STATE") return null;
    throw error;
  }
}
