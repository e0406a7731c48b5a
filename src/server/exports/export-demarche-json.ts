import "server-only";
import { db } from "@/server/db";
import type { ReportModel } from "@/domain/report-model";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator } from "@/server/authz";
import { fileSlug } from "@/server/exports/file-names";
import { getReport } from "@/server/report/get-report";

/** Identifies the file; see docs/export-format.md. Bump the version on any incompatible change. */
export const EXPORT_FORMAT = "regards-croises/demarche";
export const EXPORT_VERSION = 1;

type Content = Omit<ReportModel, "version" | "generatedAt">;

export type DemarcheExport = {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_VERSION;
  exportedAt: string;
} & Omit<Content, "demarche"> & {
    /** The report's démarche, and when it was archived (not in the report: a facilitator's list matter). */
    demarche: Content["demarche"] & { archivedAt: string | null };
  };

/**
 * The whole démarche as JSON, for the facilitator: the same group-level
 * content as the report (no participant name, no individual answer, no
 * token or code), in the documented format.
 */
export async function exportDemarcheJson(viewer: Viewer, demarcheId: string, now: Date = new Date()) {
  await requireDemarcheFacilitator(viewer, demarcheId, db);
  const { model } = await getReport(viewer, demarcheId, now);
  const { archivedAt } = await db.demarche.findUniqueOrThrow({
    where: { id: demarcheId },
    select: { archivedAt: true },
  });
  const { version: _version, generatedAt: _generatedAt, ...content } = model;
  void _version;
  void _generatedAt;
  const document: DemarcheExport = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    ...content,
    demarche: { ...content.demarche, archivedAt: archivedAt?.toISOString() ?? null },
  };
  await recordAudit(
    viewer,
    {
      demarcheId,
      action: "demarche.export",
      entityType: "Demarche",
      entityId: demarcheId,
      detail: { format: EXPORT_FORMAT, version: EXPORT_VERSION },
    },
    db,
  );
  return {
    document,
    json: `${JSON.stringify(document, null, 2)}\n`,
    fileName: `regards-croises-${fileSlug(model.demarche.name)}.json`,
  };
}
