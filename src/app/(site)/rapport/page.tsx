import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { participantPageViewer } from "@/app/_lib/page-viewer";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Rapport pour le CA" };

/** The CA report reader's area: the administrateur.trice.s group only. */
export default async function BoardReportPage() {
  const viewer = await participantPageViewer();
  const t = await getTranslations("reportArea");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      {viewer.groupKind === "administrateurs" ? (
        <Alert tone="info">{t("notYet")}</Alert>
      ) : (
        <Alert tone="warning">{t("onlyBoard")}</Alert>
      )}
    </div>
  );
}
