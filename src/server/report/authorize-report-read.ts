import "server-only";
import { boardMayRead } from "@/domain/report-rules";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator, requireParticipantOfDemarche } from "@/server/authz";
import type { Tx } from "@/server/db";
import { AppError, forbidden, notFound, unauthenticated } from "@/server/errors";

export type ReportReader = "facilitator" | "board" | "report-link";

/**
 * Who may read a démarche's CA report: its facilitators at any time (to
 * prepare it); the participants of its administrateur.trice.s group and the
 * holders of a report link once the report was transmitted to the CA. Other
 * participants of the démarche are refused; anyone else gets NOT_FOUND.
 */
export async function authorizeReportRead(
  viewer: Viewer,
  demarcheId: string,
  client: Tx,
): Promise<{ reader: ReportReader; phase: Phase }> {
  if (viewer.kind === "anonymous") throw unauthenticated();
  let reader: ReportReader;
  if (viewer.kind === "facilitator") {
    await requireDemarcheFacilitator(viewer, demarcheId, client);
    reader = "facilitator";
  } else if (viewer.kind === "participant") {
    requireParticipantOfDemarche(viewer, demarcheId);
    if (viewer.groupKind !== "administrateurs") throw forbidden();
    reader = "board";
  } else {
    if (viewer.demarcheId !== demarcheId) throw notFound();
    reader = "report-link";
  }
  const row = await client.demarche.findUnique({ where: { id: demarcheId }, select: { phase: true } });
  if (!row) throw notFound();
  const phase = row.phase as Phase;
  if (reader !== "facilitator" && !boardMayRead(phase)) throw new AppError("INVALID_STATE", "report.notYet");
  return { reader, phase };
}
