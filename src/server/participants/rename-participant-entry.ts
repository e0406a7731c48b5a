import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { loadFacilitatorParticipant } from "@/server/participants/load-facilitator-participant";

/**
 * The facilitator corrects the name a person is listed under (a typo, two
 * « Marie » in one group). The audit keeps that it changed, not the names.
 */
export async function renameParticipantEntry(viewer: Viewer, input: { participantId: string; displayName: string }) {
  return db.$transaction(async (tx) => {
    const { participant } = await loadFacilitatorParticipant(viewer, input.participantId, tx);
    await tx.participant.update({ where: { id: participant.id }, data: { displayName: input.displayName } });
    await recordAudit(
      viewer,
      {
        demarcheId: participant.demarcheId,
        action: "participant.rename-by-facilitator",
        entityType: "Participant",
        entityId: participant.id,
        detail: { groupId: participant.groupId },
      },
      tx,
    );
    return { participantId: participant.id, groupId: participant.groupId };
  });
}
