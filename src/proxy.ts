import { type NextRequest, NextResponse } from "next/server";
import { translateKey } from "@/i18n/translator";
import { isHttps } from "@/lib/instance";
import {
  ACTION_BODY_MAX_BYTES,
  ACTION_BODY_MAX_DEPTH,
  type ActionRefusal,
  isForeignOrigin,
  nestsDeeperThan,
  REFUSALS,
  requestHost,
} from "@/lib/request-limits";

/**
 * Runs before every page, route and server action:
 *
 * - Sets a per-request Content-Security-Policy with a nonce that Next.js puts
 *   on its own scripts, on every response, prefetches included (a page a
 *   browser prefetched is shown from that response, headers and all).
 * - Refuses a malformed server-action request before Next.js decodes it
 *   (decision 014): another site's Origin (403), a body over the size limit
 *   (413) or nested deeper than any form sends (400), with a short French
 *   text instead of Next.js's HTTP 500. Nothing runs, so nothing is written.
 *
 * Both are safeguards on the shape of a request only: authorisation never
 * happens here (proxies/middleware have been bypassed before, see
 * docs/security.md); it happens in src/server/.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, request.nextUrl.protocol === "https:");

  const refusal = await actionRefusal(request);
  if (refusal) {
    const response = new NextResponse(translateKey(refusal.messageKey), {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
    return withSecurityHeaders(response, csp);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

function contentSecurityPolicy(nonce: string, https: boolean): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  // HSTS follows BASE_URL, read when the server runs: behind a proxy that
  // terminates TLS the request itself arrives over http, and a build made
  // before the address was set must not decide either.
  if (isHttps()) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

/**
 * A POST to anything but /api/ may be a server action (Next.js decides from
 * the Next-Action header or a multipart body): the checks apply to all of
 * them. /api/ is Auth.js's, which checks its own CSRF token.
 */
async function actionRefusal(request: NextRequest): Promise<ActionRefusal | null> {
  if (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/")) return null;
  if (isForeignOrigin(request.headers.get("origin"), requestHost(request.headers))) return REFUSALS.foreignOrigin;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > ACTION_BODY_MAX_BYTES) return REFUSALS.tooLarge;
  const body = await readAtMost(request, ACTION_BODY_MAX_BYTES);
  if (body === null) return REFUSALS.tooLarge;
  if (nestsDeeperThan(body, ACTION_BODY_MAX_DEPTH)) return REFUSALS.malformed;
  return null;
}

/** The body as text, or null once it passes `max` bytes (a body sent without Content-Length). */
async function readAtMost(request: NextRequest, max: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export const config = {
  // Every path but the build's static files: pages, prefetches, routes and actions.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
