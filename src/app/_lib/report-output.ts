import "server-only";
import { getLocale } from "next-intl/server";
import type { Translate } from "@/components/report/outline/resolve-text";
import { LANGUAGE_TAG, languageTagOf, type Locale } from "@/i18n/locales";
import { translator } from "@/i18n/translator";

/**
 * What ReportView needs to show the CA report in the démarche's output
 * language inside a page in the reader's (decision 024).
 */
export async function reportOutput(outputLocale: Locale): Promise<{ t: Translate; lang: string; readerLang: string }> {
  return {
    t: translator(undefined, outputLocale),
    lang: LANGUAGE_TAG[outputLocale],
    readerLang: languageTagOf(await getLocale()),
  };
}
