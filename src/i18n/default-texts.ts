import { LOCALES, type Locale } from "./locales";
import { type Translate, translator } from "./translator";

/**
 * The texts the application writes into a new démarche (group labels,
 * meeting titles and agendas, neutral mandate descriptions, terms of
 * engagement v1) come from `defaults.*` in the démarche's output language
 * (decision 024). Once written they are the démarche's own text: a later
 * change of output language leaves them as they are, so anything that asks
 * "is this still the default?" recognises the default of every language.
 */
export function defaultsIn(locale: Locale): Translate {
  return translator("defaults", locale);
}

/** The default `key` (a `defaults.*` key) in every language, without repeats. */
export function defaultTextInEveryLanguage(key: string, params?: Record<string, string>): string[] {
  return [...new Set(LOCALES.map((locale) => defaultsIn(locale)(key, params)))];
}

/** One language's default `key`, paired with the language, for rewriting a default in its own language. */
export function defaultTextByLanguage(
  key: string,
  params?: Record<string, string>,
): { locale: Locale; text: string }[] {
  return LOCALES.map((locale) => ({ locale, text: defaultsIn(locale)(key, params) }));
}
