import { pageMetadata } from "@/app/_lib/page-metadata";
import { reportOutput } from "@/app/_lib/report-output";
import { getTranslations } from "next-intl/server";
import { LANGUAGE_TAG, otherLocale } from "@/i18n/locales";
import { ReportView } from "@/components/report/ReportView";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { readReportWithLink } from "@/server/report/read-report-with-link";

export const generateMetadata = pageMetadata("caReport", { referrer: "no-referrer" });
export const dynamic = "force-dynamic";

/** The CA report through a read-only link; each read is audited, a revoked or expired link is refused. */
export default async function ReportLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("linkPage");
  const tr = await getTranslations("report");
  const read = await readReportWithLink(token);
  if (!read.ok) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("refusedTitle")}</h1>
        <Alert tone="warning">{t(read.reason)}</Alert>
      </div>
    );
  }
  const other = otherLocale(read.outputLocale);
  return (
    <ReportView
      model={read.model}
      output={await reportOutput(read.outputLocale)}
      actions={
        <div>
          <a href={`/r/${encodeURIComponent(token)}/pdf`} className={buttonClasses("primary")} download>
            {tr("downloads.pdf")}
          </a>
          <a
            href={`/r/${encodeURIComponent(token)}/pdf?lang=${other}`}
            hrefLang={LANGUAGE_TAG[other]}
            className={buttonClasses("secondary")}
            download
          >
            {tr("downloads.pdfOther", { language: other })}
          </a>
        </div>
      }
    />
  );
}
