import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator, requireFacilitator } from "@/server/authz";
import type { Tx } from "@/server/db";
import { notFound } from "@/server/errors";

/**
 * Loads one person's entry for a facilitator and checks, against the loaded
 * row, that they run its démarche. Another démarche's person, or a withdrawn
 * one, answers NOT_FOUND, so ids cannot be probed.
 */
export async function loadFacilitatorParticipant(viewer: Viewer, participantId: string, client: Tx) {
  requireFacilitator(viewer);
  const participant = await client.participant.findUnique({
    where: { id: participantId },
    select: {
      id: true,
      displayName: true,
      demarcheId: true,
      groupId: true,
      admittedAt: true,
      withdrawnAt: true,
      addedByFacilitator: true,
      position: { select: { id: true, status: true } },
      group: { select: { workshopClosedAt: true } },
    },
  });
  if (!participant || participant.withdrawnAt) throw notFound();
  const facilitator = await requireDemarcheFacilitator(viewer, participant.demarcheId, client);
  return { participant, facilitator };
}
