"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { isLocale, LANGUAGE_NAME, LANGUAGE_TAG, type Locale, LOCALES } from "@/i18n/locales";
import type { ActionResult } from "@/lib/action-result";

/**
 * The language switch on every page (decision 024): one button per other
 * language, named in that language ("English" on a French page) and marked
 * with its `lang`, so a screen reader says it in the right voice. The server
 * keeps the choice (cookie, and a facilitator's account); the page then
 * reloads its text.
 */
export function LanguageSwitch({
  action,
}: {
  action: (input: { locale: Locale }) => Promise<ActionResult<{ locale: Locale }>>;
}) {
  const t = useTranslations("common");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const others = LOCALES.filter((l) => l !== (isLocale(current) ? current : "fr"));

  const choose = (locale: Locale) =>
    startTransition(async () => {
      setFailed(false);
      try {
        const result = await action({ locale });
        if (!result.ok) return setFailed(true);
        router.refresh();
      } catch {
        setFailed(true);
      }
    });

  return (
    <div role="group" aria-label={t("language")} className="flex items-center gap-2">
      {others.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={LANGUAGE_TAG[locale]}
          disabled={pending}
          onClick={() => choose(locale)}
          className="min-h-11 rounded-md border border-stone-300 px-3 text-sm font-semibold text-brand-700 hover:bg-stone-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-700 disabled:opacity-60"
        >
          {LANGUAGE_NAME[locale]}
        </button>
      ))}
      {failed ? (
        <p role="alert" className="text-sm text-red-800">
          {t("languageFailed")}
        </p>
      ) : null}
    </div>
  );
}
