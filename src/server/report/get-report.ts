import "server-only";
import { buildReportModel, type ReportModel } from "@/domain/report-model";
import type { Locale } from "@/i18n/locales";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { demarcheOutputLocale } from "@/server/demarches/output-locale";
import { notFound } from "@/server/errors";
import { authorizeReportRead, type ReportReader } from "@/server/report/authorize-report-read";
import { loadReportSource } from "@/server/report/load-report-source";

/**
 * The report model for a reader allowed to see it (see authorizeReportRead).
 * The page, the PDF and the JSON export all start from this one object, which
 * holds counts, group-level figures and group-level texts only. `outputLocale`
 * is the language the facilitators chose for it (decision 024): the PDF's
 * default, the other language a second download.
 */
export async function getReport(
  viewer: Viewer,
  demarcheId: string,
  now: Date = new Date(),
): Promise<{ model: ReportModel; reader: ReportReader; outputLocale: Locale }> {
  const { reader } = await authorizeReportRead(viewer, demarcheId, db);
  const source = await loadReportSource(demarcheId, now, db);
  if (source === null) throw notFound();
  return { model: buildReportModel(source), reader, outputLocale: await demarcheOutputLocale(demarcheId, db) };
}
