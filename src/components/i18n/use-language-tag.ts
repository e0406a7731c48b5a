import { useLocale } from "next-intl";
import { languageTagOf } from "@/i18n/locales";

/** The BCP 47 tag of the reader's language ("fr-CA" / "en-CA"), for the report's number and date formats. */
export function useLanguageTag(): string {
  return languageTagOf(useLocale());
}
