import { pageMetadata } from "@/app/_lib/page-metadata";
import { reportOutput } from "@/app/_lib/report-output";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LANGUAGE_TAG, otherLocale } from "@/i18n/locales";
import { orNotFound } from "@/app/_lib/or-not-found";
import { facilitatorPageViewer } from "@/app/_lib/page-viewer";
import { ReportLinks } from "@/app/(site)/demarches/[demarcheId]/rapport/report-links";
import { ReportView } from "@/components/report/ReportView";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { reportLinkCreateRefusal } from "@/domain/report-rules";
import { baseUrl } from "@/lib/instance";
import { getReport } from "@/server/report/get-report";
import { listReportLinks } from "@/server/report/list-report-links";
import { ClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageMetadata("caReport");

/** The facilitator's view of the CA report: the report itself, its files, and the read-only links. */
export default async function FacilitatorReportPage({ params }: { params: Promise<{ demarcheId: string }> }) {
  const { demarcheId } = await params;
  const viewer = await facilitatorPageViewer();
  const t = await getTranslations("reportPage");
  const tr = await getTranslations("report");
  const tl = await getTranslations("reportLinks");
  const { model, outputLocale } = await orNotFound(getReport(viewer, demarcheId));
  // The PDF is printed in the démarche's output language; the other one is a second download (decision 024).
  const other = otherLocale(outputLocale);
  const links = await listReportLinks(viewer, demarcheId);
  const base = `/demarches/${demarcheId}`;

  return (
    <ClientMessages namespaces={["reportLinks"]}>
      <div className="flex flex-col gap-8">
        <nav aria-label={t("title")} className="flex flex-wrap gap-3">
          <Link href={`${base}/mise-en-commun`} className={buttonClasses("ghost")}>
            {t("plenaryLink")}
          </Link>
          <Link href={`${base}/rapport/reponses`} className={buttonClasses("ghost")}>
            {t("answersLink")}
          </Link>
        </nav>
        <ReportView
          model={model}
          output={await reportOutput(outputLocale)}
          actions={
            <div className="flex flex-col gap-3">
              <p>{t("facilitatorIntro")}</p>
              <div className="flex flex-wrap gap-3">
                <a href={`${base}/rapport/pdf`} className={buttonClasses("primary")} download>
                  {tr("downloads.pdf")}
                </a>
                <a
                  href={`${base}/rapport/pdf?lang=${other}`}
                  hrefLang={LANGUAGE_TAG[other]}
                  className={buttonClasses("secondary")}
                  download
                >
                  {tr("downloads.pdfOther", { language: other })}
                </a>
                <a href={`${base}/rapport/json`} className={buttonClasses("secondary")} download>
                  {tr("downloads.json")}
                </a>
              </div>
            </div>
          }
        />
        <Card aria-labelledby="links-title" className="flex flex-col gap-4">
          <h2 id="links-title" className="text-2xl font-bold text-brand-800">
            {tl("title")}
          </h2>
          <ReportLinks
            demarcheId={demarcheId}
            createRefusal={reportLinkCreateRefusal(model.demarche.phase)}
            links={links.map((link) => ({
              id: link.id,
              label: link.label,
              status: link.status,
              url: link.token ? new URL(`/r/${link.token}`, baseUrl()).toString() : null,
              expiresAt: link.expiresAt.toISOString(),
              revokedAt: link.revokedAt?.toISOString() ?? null,
            }))}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
