import "server-only";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator, requireParticipantOfDemarche } from "@/server/authz";
import { db } from "@/server/db";
import { forbidden, notFound, unauthenticated } from "@/server/errors";

/**
 * Who may write the CA's answer (the rapport des délégué.e.s du CA): the
 * démarche's facilitator, recording it on the board's behalf (e.g. from the
 * CA meeting's minutes), or a participant of its administrateur.trice.s
 * group. `answeredBy` keeps which (docs/decisions/009-report-and-follow-up.md).
 */
export async function authorizeCaBoard(viewer: Viewer, demarcheId: string) {
  if (viewer.kind === "anonymous") throw unauthenticated();
  let answeredBy: string;
  if (viewer.kind === "facilitator") {
    await requireDemarcheFacilitator(viewer, demarcheId, db);
    answeredBy = `facilitator:${viewer.facilitatorId}`;
  } else if (viewer.kind === "participant") {
    requireParticipantOfDemarche(viewer, demarcheId);
    if (viewer.groupKind !== "administrateurs") throw forbidden();
    answeredBy = `participant:${viewer.participantId}`;
  } else {
    // A report link only reads.
    throw forbidden();
  }
  const demarche = await db.demarche.findUnique({
    where: { id: demarcheId },
    select: { phase: true, caReport: { select: { summary: true, publishedAt: true } } },
  });
  if (!demarche) throw notFound();
  return {
    answeredBy,
    phase: demarche.phase as Phase,
    summary: demarche.caReport?.summary ?? "",
    publishedAt: demarche.caReport?.publishedAt ?? null,
  };
}
