import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, MESSAGES, TIME_ZONE } from "./messages";

/**
 * A translator usable anywhere (server actions, PDFs, scripts, tests), without
 * the request context next-intl's React helpers need.
 */
/**
 * A loosely typed translator: key checking against every message of the app
 * exceeds TypeScript's instantiation depth once the catalogue grows, and a
 * missing key throws at run time (see `onError`), which the tests catch.
 */
export type LooseTranslator = ((key: string, values?: Record<string, unknown>) => string) & {
  has: (key: string) => boolean;
};

export function translator(namespace?: string): LooseTranslator {
  return createTranslator({
    locale: DEFAULT_LOCALE,
    messages: MESSAGES[DEFAULT_LOCALE],
    timeZone: TIME_ZONE,
    // A missing key must be visible in tests, not silently shown as its path.
    onError: (error) => {
      throw error;
    },
    ...(namespace ? { namespace: namespace as never } : {}),
  }) as unknown as LooseTranslator;
}

/** Translates "errors.*" / "validation.*" keys; anything else is shown as given. */
export function translateKey(key: string, params: Record<string, string | number> = {}): string {
  const t = translator() as unknown as { has: (k: string) => boolean } & ((k: string, p?: object) => string);
  return t.has(key) ? t(key, params) : key;
}
