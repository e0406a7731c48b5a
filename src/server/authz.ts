import "server-only";
import type { FacilitatorViewer, ParticipantViewer, Viewer } from "@/server/auth/viewer";
import type { Tx } from "@/server/db";
import { AppError, forbidden, notFound, unauthenticated } from "@/server/errors";

/**
 * Authorisation lives here and in the server functions that call it, never in
 * pages or the proxy: every read and write states who may do it.
 */

export function requireFacilitator(viewer: Viewer): FacilitatorViewer {
  if (viewer.kind === "anonymous") throw unauthenticated();
  if (viewer.kind !== "facilitator") throw forbidden();
  return viewer;
}

/**
 * A participant the facilitator has admitted. Everything about a group, its
 * démarche and its answers goes through here: someone « en attente » is
 * refused (decision 013).
 */
export function requireParticipant(viewer: Viewer): ParticipantViewer {
  const participant = requireSignedInParticipant(viewer);
  if (!participant.admitted) throw notAdmitted();
  return participant;
}

/**
 * Any signed-in participant, admitted or waiting: only for what is the
 * person's own and says nothing of the group (their space with the waiting
 * message, their data, their name, withdrawing).
 */
export function requireSignedInParticipant(viewer: Viewer): ParticipantViewer {
  if (viewer.kind === "anonymous") throw unauthenticated();
  if (viewer.kind !== "participant") throw forbidden();
  return viewer;
}

export const notAdmitted = () => new AppError("FORBIDDEN", "participants.notAdmitted");

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
