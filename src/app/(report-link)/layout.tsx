import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/(site)/actions";
import { LanguageSwitch } from "@/components/layout/language-switch";

/** Read-only pages reached through a report link: no account, no navigation to the rest of the app. */
export default async function ReportLinkLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  const tl = await getTranslations("linkPage");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <span className="text-xl font-bold text-brand-800">{t("appName")}</span>
          <div className="flex items-center gap-3">
            <LanguageSwitch action={setLocaleAction} />
            <span className="rounded bg-stone-100 px-2 py-1 text-sm font-semibold text-stone-800">{tl("readOnly")}</span>
          </div>
        </div>
      </header>
      <main id="contenu" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
