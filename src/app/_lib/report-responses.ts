import "server-only";
import { isLocale, type Locale } from "@/i18n/locales";
import { isAppError } from "@/server/errors";

// BUSY (a transaction that could not start in time) and RATE_LIMITED are the caller's to retry.
const STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 404,
  NOT_FOUND: 404,
  INVALID_STATE: 409,
  RATE_LIMITED: 429,
  BUSY: 503,
} as const;

/**
 * Route handlers that send a file (PDF, JSON): the server function checks
 * authorisation; here its refusals become plain HTTP answers. FORBIDDEN is a
 * 404 as well, so a file's existence is never confirmed.
 */
export function fileResponse(body: Buffer | string, contentType: string, fileName: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}

export function refusalResponse(error: unknown): Response {
  if (isAppError(error) && error.code in STATUS) {
    return new Response(null, {
      status: STATUS[error.code as keyof typeof STATUS],
      headers: { "Cache-Control": "no-store" },
    });
  }
  throw error;
}

/**
 * The language a report file is asked in: `?lang=fr|en` (the download
 * links name it); undefined, the démarche's output language (decision 024).
 */
export function requestedLocale(request: Request | undefined): Locale | undefined {
  const asked = request ? new URL(request.url).searchParams.get("lang") : null;
  return isLocale(asked) ? asked : undefined;
}
