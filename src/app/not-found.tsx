import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/app/(site)/site-header";

export const generateMetadata = pageMetadata("notFound");

/**
 * Every 404 (an unknown address, or a row the viewer may not see: see
 * orNotFound) in French, in the site's header and footer, with a way home.
 */
export default async function NotFound() {
  const t = await getTranslations("common.notFoundPage");
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
        <div className="flex flex-col gap-4">
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p>{t("text")}</p>
          <p>
            <Link href="/" className="font-semibold text-brand-700 underline underline-offset-4">
              {t("home")}
            </Link>
          </p>
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
