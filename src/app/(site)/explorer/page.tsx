import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EXPLORATION_KEEP_DAYS, SHARED_FIGURES_MIN } from "@/domain/exploration";
import { OpenCodeForm } from "./open-code-form";

export const generateMetadata = pageMetadata("explore");

/** The « contexte exploratoire ponctuel » (decision 022): no account, no email. */
export default async function ExplorePage() {
  const t = await getTranslations("exploration");
  return (
    <ClientMessages namespaces={["exploration"]}>
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-3">
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="max-w-3xl text-lg">{t("intro")}</p>
        </div>
        <div className="grid gap-6 md:grid-cols-2">
          <Card aria-labelledby="solo-title">
            <h2 id="solo-title" className="mb-2 text-xl font-bold">
              {t("soloTitle")}
            </h2>
            <p className="mb-4">{t("soloText")}</p>
            <Link href="/explorer/seul" className={buttonClasses("primary")}>
              {t("soloStart")}
            </Link>
          </Card>
          <Card aria-labelledby="shared-title">
            <h2 id="shared-title" className="mb-2 text-xl font-bold">
              {t("sharedTitle")}
            </h2>
            <p className="mb-4">{t("sharedText", { min: SHARED_FIGURES_MIN })}</p>
            <Link href="/explorer/collegues" className={buttonClasses("primary")}>
              {t("sharedStart")}
            </Link>
          </Card>
        </div>
        <Card aria-labelledby="how-title">
          <h2 id="how-title" className="mb-2 text-xl font-bold">
            {t("howTitle")}
          </h2>
          <ul className="flex list-disc flex-col gap-2 pl-5">
            <li>{t("how1")}</li>
            <li>{t("how2")}</li>
            <li>{t("how3")}</li>
            <li>{t("how4")}</li>
          </ul>
          <h2 className="mt-5 mb-2 text-xl font-bold">{t("privacyTitle")}</h2>
          <ul className="flex list-disc flex-col gap-2 pl-5">
            <li>{t("privacy1")}</li>
            <li>{t("privacy2", { days: EXPLORATION_KEEP_DAYS })}</li>
            <li>{t("privacy3")}</li>
          </ul>
        </Card>
        <Card aria-labelledby="explore-code-title">
          <h2 id="explore-code-title" className="mb-4 text-xl font-bold">
            {t("codeTitle")}
          </h2>
          <OpenCodeForm />
        </Card>
      </div>
    </ClientMessages>
  );
}
