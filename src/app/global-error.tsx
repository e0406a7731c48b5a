"use client";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { DEFAULT_LOCALE, LANGUAGE_TAG, type Locale, localeFromAcceptLanguage } from "@/i18n/locales";
// Only the error page's texts: this component is in every page's first-load JavaScript.
import enErrorPage from "../../messages/en/error-page.json";
import frErrorPage from "../../messages/fr/error-page.json";

const TEXTS: Record<Locale, typeof frErrorPage.errorPage> = {
  fr: frErrorPage.errorPage,
  en: enErrorPage.errorPage,
};

const noChange = () => () => {};
/** The browser's languages, as Accept-Language would send them. */
const browserLocale = () => localeFromAcceptLanguage(navigator.languages.join(","));
const serverLocale = () => DEFAULT_LOCALE;

/**
 * The root layout itself failed: no request context, no next-intl provider,
 * and the language cookie is HttpOnly. So the page speaks the browser's first
 * language (French when unknown, and on the server) and repeats itself in the
 * other one, each with its `lang`, so whoever chose the other language in the
 * switch still reads it (decision 024). Same content as ErrorView.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const locale = useSyncExternalStore(noChange, browserLocale, serverLocale);
  const other: Locale = locale === "fr" ? "en" : "fr";
  return (
    <html lang={LANGUAGE_TAG[locale]}>
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem", lineHeight: 1.5 }}>
        <main>
          <ErrorText locale={locale} digest={error.digest} heading="h1" />
          <hr style={{ margin: "2rem 0" }} />
          <ErrorText locale={other} digest={error.digest} heading="h2" />
        </main>
      </body>
    </html>
  );
}

function ErrorText({ locale, digest, heading }: { locale: Locale; digest?: string; heading: "h1" | "h2" }) {
  const t = TEXTS[locale];
  const Heading = heading;
  return (
    <section lang={LANGUAGE_TAG[locale]}>
      <Heading>{t.title}</Heading>
      <p>{t.text}</p>
      {digest ? (
        <p>
          {t.reference} <code>{digest}</code>
        </p>
      ) : null}
      <p>
        <Link href="/">{t.home}</Link>
      </p>
    </section>
  );
}
