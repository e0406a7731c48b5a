/**
 * The interface's languages (decision 024). Québec French is the source and
 * the default; this file holds no text, so client code can import it.
 */
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

/** The cookie that keeps a person's choice on this browser (participants and visitors). */
export const LOCALE_COOKIE = "rc_locale";

/** The BCP 47 tag used for `lang` attributes, PDFs and Intl formats: Canadian French and English. */
export const LANGUAGE_TAG: Record<Locale, string> = { fr: "fr-CA", en: "en-CA" };

/** Each language's name in itself, for the language switch (names, not translated). */
export const LANGUAGE_NAME: Record<Locale, string> = { fr: "Français", en: "English" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language of an Accept-Language header, by quality
 * then order ("en-US,en;q=0.9,fr;q=0.8" → "en"); the default when none is.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return {
        language: tag.trim().toLowerCase().split("-")[0] ?? "",
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const range of ranges) if (isLocale(range.language)) return range.language;
  return DEFAULT_LOCALE;
}

/**
 * Whose choice wins: a facilitator's account (it follows them to any
 * device), then this browser's cookie, then the browser's languages.
 */
export function chooseLocale(input: {
  account?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(input.account)) return input.account;
  if (isLocale(input.cookie)) return input.cookie;
  return localeFromAcceptLanguage(input.acceptLanguage);
}

/** The BCP 47 tag of a next-intl locale string (Québec French for anything unknown). */
export function languageTagOf(locale: string): string {
  return isLocale(locale) ? LANGUAGE_TAG[locale] : LANGUAGE_TAG[DEFAULT_LOCALE];
}

/** The language a report can also be downloaded in: the one the reader is not using. */
export function otherLocale(locale: string): Locale {
  return locale === "en" ? "fr" : "en";
}

/**
 * Between a label and its value, for the few places that join them in code
 * (screen-reader suffixes, projected lines) rather than in a message: French
 * puts a space before the colon, English does not (« Actuelle : … » /
 * "Current: …").
 */
export const COLON: Record<Locale, string> = { fr: " : ", en: ": " };

/** `label : value` in the language's typography. */
export function labelled(locale: string | undefined, label: string, value: string): string {
  return `${label}${COLON[isLocale(locale) ? locale : DEFAULT_LOCALE]}${value}`;
}
