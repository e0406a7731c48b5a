"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * What a person sees when a page fails: a French sentence, the short
 * reference the server's log holds for this failure (Next.js's digest, logged
 * by onRequestError in src/instrumentation.ts) to give the facilitator or the
 * host, a way to try again and a way home.
 */
export function ErrorView({ digest, reset }: { digest?: string; reset?: () => void }): ReactNode {
  const t = useTranslations("errorPage");
  return (
    <div className="flex flex-col gap-4" role="alert">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("text")}</p>
      {digest ? (
        <p>
          {t("reference")} <code className="rounded bg-stone-100 px-2 py-1 font-mono">{digest}</code>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {reset ? (
          <button
            type="button"
            onClick={reset}
            className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {t("retry")}
          </button>
        ) : null}
        <Link
          href="/"
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
        >
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
