import { isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { isRedirectError } from "next/dist/client/components/redirect-error";

/**
 * What came of calling a server action or a route handler, as the security
 * tests judge it: a success, a refusal (an error as data, a 4xx, a
 * notFound()), or a failure (an INTERNAL error, a 5xx, anything thrown that
 * is not Next's own redirect/notFound signal).
 */
export type Outcome =
  | { kind: "success"; detail: string }
  | { kind: "refused"; code: string; detail: string; messages: string[] }
  | { kind: "failure"; detail: string };

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export async function callAction(fn: (...args: unknown[]) => Promise<unknown>, input?: unknown): Promise<Outcome> {
  let result: unknown;
  try {
    result = input === undefined ? await fn() : await fn(input);
  } catch (error) {
    // redirect() after a successful sign-in or creation: Next turns it into a navigation.
    if (isRedirectError(error)) return { kind: "success", detail: `redirect ${error.digest.split(";")[2]}` };
    if (isHTTPAccessFallbackError(error))
      return { kind: "refused", code: "NOT_FOUND", detail: "notFound()", messages: [] };
    return { kind: "failure", detail: `threw ${describeError(error)}` };
  }
  if (result && typeof result === "object" && "ok" in result) {
    const r = result as {
      ok: boolean;
      code?: string;
      message?: string;
      fieldErrors?: Record<string, { message: string }>;
    };
    if (r.ok) return { kind: "success", detail: "ok" };
    const messages = [r.message ?? "", ...Object.values(r.fieldErrors ?? {}).map((e) => e.message)];
    if (r.code === "INTERNAL") return { kind: "failure", detail: `INTERNAL: ${r.message}` };
    return { kind: "refused", code: r.code ?? "?", detail: `${r.code}: ${r.message}`, messages };
  }
  // A plain action (not defineAction) that returned normally.
  return { kind: "success", detail: "returned" };
}

export async function callRoute(
  handler: (...args: unknown[]) => Promise<Response>,
  request: Request,
  params: Record<string, string>,
): Promise<Outcome> {
  let response: Response;
  try {
    response = await handler(request, { params: Promise.resolve(params) });
  } catch (error) {
    if (isRedirectError(error)) return { kind: "success", detail: "redirect" };
    if (isHTTPAccessFallbackError(error)) return { kind: "refused", code: "404", detail: "notFound()", messages: [] };
    return { kind: "failure", detail: `threw ${describeError(error)}` };
  }
  const status = response.status;
  if (status >= 500) return { kind: "failure", detail: `HTTP ${status}` };
  if (status >= 400) return { kind: "refused", code: String(status), detail: `HTTP ${status}`, messages: [] };
  return { kind: "success", detail: `HTTP ${status}` };
}
