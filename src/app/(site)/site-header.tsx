import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setLocaleAction, signOutAction } from "@/app/(site)/actions";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { getViewer } from "@/server/auth/current-viewer";

/** The header knows who is signed in and offers the way back to their space. */
export async function SiteHeader() {
  const t = await getTranslations("common");
  const ti = await getTranslations("incidents");
  const viewer = await getViewer();
  const space =
    viewer.kind === "facilitator"
      ? { href: "/demarches", name: viewer.name }
      : viewer.kind === "participant"
        ? { href: "/atelier", name: viewer.displayName }
        : null;

  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <a
        href="#contenu"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href={space?.href ?? "/"} className="text-xl font-bold text-brand-800">
          {t("appName")}
        </Link>
        <LanguageSwitch action={setLocaleAction} />
        {space ? (
          <nav aria-label={t("mainNav")} className="flex flex-wrap items-center gap-4">
            {viewer.kind === "facilitator" ? (
              <>
                <Link
                  href="/demarches"
                  className="text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
                >
                  {t("myDemarches")}
                </Link>
                <Link
                  href="/registre-incidents"
                  className="text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
                >
                  {ti("navLink")}
                </Link>
                <Link
                  href="/compte"
                  className="text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
                >
                  {t("myAccount")}
                </Link>
              </>
            ) : null}
            <span className="text-sm text-stone-700">{t("signedInAs", { name: space.name })}</span>
            <form action={signOutAction}>
              <button
                type="submit"
                className="min-h-11 rounded-md px-3 text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
              >
                {t("signOut")}
              </button>
            </form>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
