import { pageMetadata } from "@/app/_lib/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DemarcheList } from "@/app/(site)/demarches/demarche-list";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { countArchivedDemarches, listFacilitatorDemarches } from "@/server/demarches/list-facilitator-demarches";

export const generateMetadata = pageMetadata("myDemarches");

export default async function FacilitatorHomePage() {
  const viewer = await facilitatorPageViewer();
  const t = await getTranslations("facilitatorHome");
  const tn = await getTranslations("newDemarche");
  const [demarches, archivedCount] = await Promise.all([
    listFacilitatorDemarches(viewer),
    countArchivedDemarches(viewer),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="mt-2">{t("intro")}</p>
        </div>
        {demarches.length > 0 ? (
          <Link href="/demarches/nouvelle" className={buttonClasses("primary")}>
            {tn("newButton")}
          </Link>
        ) : null}
      </div>
      {demarches.length === 0 ? (
        <Card className="flex flex-col items-start gap-4">
          <p>{t("empty")}</p>
          <Link href="/demarches/nouvelle" className={buttonClasses("primary")}>
            {tn("startFirst")}
          </Link>
        </Card>
      ) : (
        <DemarcheList demarches={demarches} />
      )}
      {archivedCount > 0 ? (
        <p>
          <Link href="/demarches/archives" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("archivedLink", { count: archivedCount })}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
