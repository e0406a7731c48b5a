import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadFacilitatorParticipant } from "@/server/participants/load-facilitator-participant";

/**
 * The facilitator lets someone who joined with the group's code into the
 * group: from now on they count, see the group and answer as a member
 * (decision 013).
 */
export async function admitParticipant(viewer: Viewer, input: { participantId: string }, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const { participant } = await loadFacilitatorParticipant(viewer, input.participantId, tx);
    if (participant.admittedAt) throw new AppError("INVALID_STATE", "participants.alreadyAdmitted");
    await tx.participant.update({ where: { id: participant.id }, data: { admittedAt: now } });
    await recordAudit(
      viewer,
      {
        demarcheId: participant.demarcheId,
        action: "participant.admit",
        entityType: "Participant",
        entityId: participant.id,
        detail: { groupId: participant.groupId },
      },
      tx,
    );
    return { participantId: participant.id, groupId: participant.groupId, admittedAt: now };
  });
}
