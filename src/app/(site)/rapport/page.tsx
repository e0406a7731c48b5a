import { pageMetadata } from "@/app/_lib/page-metadata";
import { reportOutput } from "@/app/_lib/report-output";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LANGUAGE_TAG, otherLocale } from "@/i18n/locales";
import { participantPageViewer } from "@/app/_lib/page-viewer";
import { ReportView } from "@/components/report/ReportView";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { getReport } from "@/server/report/get-report";
import { isAppError } from "@/server/errors";

export const generateMetadata = pageMetadata("caReportForBoard");

/** The CA report for the administrateur.trice.s group's participants, once transmitted to the CA. */
export default async function BoardReportPage() {
  const viewer = await participantPageViewer();
  const t = await getTranslations("reportPage");
  const tr = await getTranslations("report");
  const th = await getTranslations("participantHome");
  const back = (
    <nav aria-label={th("title")}>
      <Link href="/atelier" className="font-semibold text-brand-700 underline underline-offset-4">
        {th("backToSpace")}
      </Link>
    </nav>
  );
  if (viewer.groupKind !== "administrateurs") {
    return (
      <div className="flex flex-col gap-4">
        {back}
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <Alert tone="warning">{t("onlyBoard")}</Alert>
      </div>
    );
  }
  let report;
  try {
    report = await getReport(viewer, viewer.demarcheId);
  } catch (error) {
    if (!isAppError(error) || error.code !== "INVALID_STATE") throw error;
    return (
      <div className="flex flex-col gap-4">
        {back}
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <Alert tone="info">{t("notYetForBoard")}</Alert>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {back}
      <ReportView
        model={report.model}
        output={await reportOutput(report.outputLocale)}
        actions={
          <div className="flex flex-wrap gap-3">
            <a href="/rapport/pdf" className={buttonClasses("primary")} download>
              {tr("downloads.pdf")}
            </a>
            <a
              href={`/rapport/pdf?lang=${otherLocale(report.outputLocale)}`}
              hrefLang={LANGUAGE_TAG[otherLocale(report.outputLocale)]}
              className={buttonClasses("secondary")}
              download
            >
              {tr("downloads.pdfOther", { language: otherLocale(report.outputLocale) })}
            </a>
            <Link href="/rapport/reponses" className={buttonClasses("secondary")}>
              {t("boardAnswer")}
            </Link>
          </div>
        }
      />
    </div>
  );
}
