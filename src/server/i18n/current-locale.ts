import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { chooseLocale, type Locale, LOCALE_COOKIE } from "@/i18n/locales";
import { getViewer } from "@/server/auth/current-viewer";

/**
 * The language of the current request, decided once per request: the
 * facilitator's account, else this browser's cookie, else Accept-Language
 * (decision 024). Text people wrote is never translated, whatever this says.
 */
export const currentLocale = cache(async (): Promise<Locale> => {
  const [h, jar, viewer] = await Promise.all([headers(), cookies(), getViewer()]);
  return chooseLocale({
    account: viewer.kind === "facilitator" ? viewer.locale : null,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: h.get("accept-language"),
  });
});
