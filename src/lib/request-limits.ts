/**
 * What a request to a server action may look like before Next.js decodes it
 * (decision 014). src/proxy.ts refuses the rest with a short French text and
 * a 4xx status; next.config.ts gives Next.js the same size limit. Pure
 * functions: the unit tests and the proxy share them.
 */

/**
 * The largest action body accepted, in bytes. The largest valid input (a
 * positioning: six texts of 2,000 characters, each character written with
 * JSON's longest escape, 6 bytes) is about 72 KB; 256 KB leaves room and
 * still refuses a pasted novel before anything parses it.
 */
export const ACTION_BODY_MAX_BYTES = 256 * 1024;

/** How deep arrays and objects may nest in an action body; the app's deepest input is 4. */
export const ACTION_BODY_MAX_DEPTH = 32;

export type ActionRefusal = { status: 400 | 403 | 413; messageKey: string };

export const REFUSALS = {
  foreignOrigin: { status: 403, messageKey: "errors.requestForeignOrigin" },
  tooLarge: { status: 413, messageKey: "errors.requestTooLarge" },
  malformed: { status: 400, messageKey: "errors.requestMalformed" },
} as const satisfies Record<string, ActionRefusal>;

/**
 * Whether the Origin a browser sent names another site than the one asked
 * (`host`: the x-forwarded-host a proxy wrote, else Host, as Next.js
 * compares them). `Origin: null` (a sandboxed frame, a file, some
 * redirects) is another site. No Origin at all is a hand-made request,
 * which carries no one's cookies but its author's: Next.js lets it through,
 * and so does this.
 */
export function isForeignOrigin(origin: string | null, host: string | null): boolean {
  if (origin === null) return false;
  if (origin === "null" || !host) return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The host Next.js compares the Origin with: the first x-forwarded-host, else Host. */
export function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

/**
 * Whether arrays and objects in `text` nest deeper than `max`, counting the
 * brackets outside JSON strings in one pass (no parsing, no recursion, so a
 * 100,000-deep body costs one scan). A multipart body's boundaries and
 * headers hold no brackets; a plain text field with stray quotes could fool
 * the string tracking, but would then need `max` unclosed brackets in a row.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > max) return true;
    } else if ((c === 0x5d /* ] */ || c === 0x7d) /* } */ && depth > 0) depth--;
  }
  return false;
}
