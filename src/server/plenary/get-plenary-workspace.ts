import "server-only";
import { db } from "@/server/db";
import { buildReportModel } from "@/domain/report-model";
import { facilitatorMaySeePlenary, pisteEditRefusal } from "@/domain/report-rules";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator } from "@/server/authz";
import { AppError, notFound } from "@/server/errors";
import { loadReportSource } from "@/server/report/load-report-source";

/**
 * The facilitator's mise en commun: the report model (released groups only)
 * and whether the plenary pistes can still be edited, and why not.
 */
export async function getPlenaryWorkspace(viewer: Viewer, demarcheId: string, now: Date = new Date()) {
  await requireDemarcheFacilitator(viewer, demarcheId, db);
  const source = await loadReportSource(demarcheId, now, db);
  if (source === null) throw notFound();
  const phase: Phase = source.demarche.phase;
  if (!facilitatorMaySeePlenary(phase)) throw new AppError("INVALID_STATE", "report.tooEarly");
  const model = buildReportModel(source);
  return {
    model,
    pisteEditRefusal: pisteEditRefusal(phase, Boolean(source.caReport?.publishedAt)),
  };
}
