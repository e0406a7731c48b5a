import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, MESSAGES, TIME_ZONE } from "./messages";

/**
 * A translator usable anywhere (server actions, PDFs, scripts, tests), without
 * the request context next-intl's React helpers need.
 */
export function translator(namespace?: string) {
  return createTranslator({
    locale: DEFAULT_LOCALE,
    messages: MESSAGES[DEFAULT_LOCALE],
    timeZone: TIME_ZONE,
    // A missing key must be visible in tests, not silently shown as its path.
    onError: (error) => {
      throw error;
    },
    ...(namespace ? { namespace: namespace as never } : {}),
  });
}

/** Translates "errors.*" / "validation.*" keys; anything else is shown as given. */
export function translateKey(key: string, params: Record<string, string | number> = {}): string {
  const t = translator() as unknown as { has: (k: string) => boolean } & ((k: string, p?: object) => string);
  return t.has(key) ? t(key, params) : key;
}

/** A translator's call, with keys and values typed as plain strings. */
export type LooseTranslate = (key: string, values?: Record<string, string | number | Date>) => string;

/**
 * The same translator, typed loosely: where keys are built at run time, or
 * where the whole catalogue's key types grow too deep for the compiler
 * (TS2589). A missing key still throws, as with `translator`.
 */
export function looseTranslator(namespace?: string): LooseTranslate {
  return translator(namespace) as unknown as LooseTranslate;
}
