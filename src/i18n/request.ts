import { getRequestConfig } from "next-intl/server";
import { currentLocale } from "@/server/i18n/current-locale";
import { MESSAGES, TIME_ZONE } from "./messages";

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return { locale, messages: MESSAGES[locale], timeZone: TIME_ZONE };
});
