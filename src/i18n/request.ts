import { getRequestConfig } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { currentLocale } from "@/server/i18n/current-locale";
import { MESSAGES, TIME_ZONE } from "./messages";

export default getRequestConfig(async ({ locale: explicit }) => {
  // An explicit locale (getTranslations({ locale })) wins: a document printed
  // in a démarche's output language inside a page in the reader's (decision 024).
  const locale = isLocale(explicit) ? explicit : await currentLocale();
  return { locale, messages: MESSAGES[locale], timeZone: TIME_ZONE };
});
