import "server-only";
import { db } from "@/server/db";
import type { ReportModel } from "@/domain/report-model";
import type { Locale } from "@/i18n/locales";
import { recordAudit } from "@/server/audit";
import { AppError } from "@/server/errors";
import { getReport } from "@/server/report/get-report";
import { openReportLink, type ReportLinkRefusal } from "@/server/report/open-report-link";

export type LinkRead =
  | {
      ok: true;
      model: ReportModel;
      outputLocale: Locale;
      viewer: { kind: "report-link"; reportLinkId: string; demarcheId: string };
    }
  | { ok: false; reason: ReportLinkRefusal | "notYet" };

/**
 * Reads the CA report through a report link. Every successful read is
 * audited ("report.read"), so the facilitator can tell whether and how often
 * a link was used; a refused one leaves nothing to audit but the refusal.
 */
export async function readReportWithLink(
  token: string,
  options: { format?: "page" | "pdf"; now?: Date } = {},
): Promise<LinkRead> {
  const now = options.now ?? new Date();
  const opened = await openReportLink(token, now);
  if (!opened.ok) return opened;
  try {
    const { model, outputLocale } = await getReport(opened.viewer, opened.viewer.demarcheId, now);
    await recordAudit(
      opened.viewer,
      {
        demarcheId: opened.viewer.demarcheId,
        action: "report.read",
        entityType: "ReportLink",
        entityId: opened.viewer.reportLinkId,
        detail: { format: options.format ?? "page" },
      },
      db,
    );
    return { ok: true, model, outputLocale, viewer: opened.viewer };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_STATE") return { ok: false, reason: "notYet" };
    throw error;
  }
}
