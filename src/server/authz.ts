import "server-only";
import type { FacilitatorViewer, ParticipantViewer, Viewer } from "@/server/auth/viewer";
import type { Tx } from "@/server/db";
import { forbidden, notFound, unauthenticated } from "@/server/errors";

/**
 * Authorisation lives here and in the server functions that call it, never in
 * pages or the proxy: every read and write states who may do it.
 */

export function requireFacilitator(viewer: Viewer): FacilitatorViewer {
  if (viewer.kind === "anonymous") throw unauthenticated();
  if (viewer.kind !== "facilitator") throw forbidden();
  return viewer;
}

export function requireParticipant(viewer: Viewer): ParticipantViewer {
  if (viewer.kind === "anonymous") throw unauthenticated();
  if (viewer.kind !== "participant") throw forbidden();
  return viewer;
}

/**
 * The facilitator runs this démarche. Another facilitator's démarche answers
 * NOT_FOUND, so ids cannot be probed.
 */
export async function requireDemarcheFacilitator(
  viewer: Viewer,
  demarcheId: string,
  client: Tx,
): Promise<FacilitatorViewer> {
  const facilitator = requireFacilitator(viewer);
  const membership = await client.demarcheFacilitator.findUnique({
    where: { demarcheId_facilitatorId: { demarcheId, facilitatorId: facilitator.facilitatorId } },
    select: { demarcheId: true },
  });
  if (!membership) throw notFound();
  return facilitator;
}

/** The participant belongs to this démarche (any group). */
export function requireParticipantOfDemarche(viewer: Viewer, demarcheId: string): ParticipantViewer {
  const participant = requireParticipant(viewer);
  if (participant.demarcheId !== demarcheId) throw notFound();
  return participant;
}

/** The participant belongs to this very group. */
export function requireParticipantOfGroup(viewer: Viewer, groupId: string): ParticipantViewer {
  const participant = requireParticipant(viewer);
  if (participant.groupId !== groupId) throw notFound();
  return participant;
}
