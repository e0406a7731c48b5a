import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="no-print border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-4 text-sm text-stone-700 sm:px-6">
        <p>{t("footer")}</p>
        <Link href="/confidentialite" className="font-semibold text-brand-700 underline underline-offset-4">
          {t("privacy")}
        </Link>
      </div>
    </footer>
  );
}
