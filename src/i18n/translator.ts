import { createTranslator } from "use-intl/core";
import { parseMessageKey } from "@/lib/schemas/message-key";
import { DEFAULT_LOCALE, type Locale, MESSAGES, TIME_ZONE } from "./messages";

/**
 * A translator usable anywhere (server actions, PDFs, scripts, tests), without
 * the request context next-intl's React helpers need.
 *
 * Keys are checked at run time (onError throws, in tests too): typing every
 * call against the whole message tree makes TypeScript give up (TS2589) once
 * the messages grow, so the translator is typed by shape only.
 */
export type Translate = ((key: string, params?: Record<string, string | number | Date>) => string) & {
  has: (key: string) => boolean;
};

export function translator(namespace?: string, locale: Locale = DEFAULT_LOCALE): Translate {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    timeZone: TIME_ZONE,
    // A missing key must be visible in tests, not silently shown as its path.
    onError: (error) => {
      throw error;
    },
    ...(namespace ? { namespace: namespace as never } : {}),
  }) as unknown as Translate;
}

/** Translates "errors.*" / "validation.*" keys; anything else is shown as given. */
export function translateKey(
  key: string,
  params: Record<string, string | number> = {},
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = translator(undefined, locale);
  // A schema's key may carry its field's limit (src/lib/schemas/message-key.ts).
  const { key: bare, params: carried } = parseMessageKey(key);
  return t.has(bare) ? t(bare, { ...params, ...carried }) : key;
}
