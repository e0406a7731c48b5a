import "server-only";
import type { Locale } from "@/i18n/locales";
import { db } from "@/server/db";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { renderReportPdf } from "@/server/exports/render-report-pdf";
import { fileSlug } from "@/server/exports/file-names";
import { getReport } from "@/server/report/get-report";
import { readReportWithLink } from "@/server/report/read-report-with-link";

/**
 * The CA report as a PDF for a reader allowed to see it (facilitator, board
 * member); the download is audited. Printed in the démarche's output
 * language unless another is asked (decision 024).
 */
export async function getReportPdf(viewer: Viewer, demarcheId: string, now: Date = new Date(), asked?: Locale) {
  const { model, outputLocale } = await getReport(viewer, demarcheId, now);
  const locale = asked ?? outputLocale;
  const pdf = await renderReportPdf(model, locale);
  await recordAudit(
    viewer,
    {
      demarcheId,
      action: "report.read",
      entityType: "Demarche",
      entityId: demarcheId,
      detail: { format: "pdf", locale },
    },
    db,
  );
  return { pdf, fileName: `rapport-ca-${fileSlug(model.demarche.name)}.pdf` };
}

/** The same PDF through a report link; refused links return their reason. */
export async function getReportPdfWithLink(token: string, now: Date = new Date(), asked?: Locale) {
  const read = await readReportWithLink(token, { format: "pdf", now });
  if (!read.ok) return read;
  const locale = asked ?? read.outputLocale;
  const pdf = await renderReportPdf(read.model, locale);
  return { ok: true as const, pdf, fileName: `rapport-ca-${fileSlug(read.model.demarche.name)}.pdf` };
}
