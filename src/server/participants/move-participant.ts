import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { loadFacilitatorParticipant } from "@/server/participants/load-facilitator-participant";

/**
 * The facilitator moves a person to another group of the same démarche (they
 * used the wrong code), only before they confirm their answers: a confirmed
 * answer was given as a member of this group. A draft moves with them. Both
 * groups' workshops must still be open.
 */
export async function moveParticipant(viewer: Viewer, input: { participantId: string; toGroupId: string }) {
  return db.$transaction(async (tx) => {
    const { participant } = await loadFacilitatorParticipant(viewer, input.participantId, tx);
    const target = await tx.group.findUnique({
      where: { id: input.toGroupId },
      select: { id: true, demarcheId: true, workshopClosedAt: true },
    });
    // Checked against the loaded rows: another démarche's group does not exist here.
    if (!target || target.demarcheId !== participant.demarcheId) throw notFound();
    if (target.id === participant.groupId) throw new AppError("VALIDATION", "participants.sameGroup", { fieldErrors: { toGroupId: "participants.sameGroup" } });
    if (participant.position?.status === "submitted") throw new AppError("INVALID_STATE", "participants.alreadyConfirmed");
    if (participant.group.workshopClosedAt || target.workshopClosedAt) {
      throw new AppError("INVALID_STATE", "participants.workshopClosed");
    }
    await tx.participant.update({ where: { id: participant.id }, data: { groupId: target.id } });
    await tx.position.updateMany({ where: { participantId: participant.id }, data: { groupId: target.id } });
    await recordAudit(
      viewer,
      {
        demarcheId: participant.demarcheId,
        action: "participant.move",
        entityType: "Participant",
        entityId: participant.id,
        detail: { fromGroupId: participant.groupId, toGroupId: target.id },
      },
      tx,
    );
    return { participantId: participant.id, fromGroupId: participant.groupId, toGroupId: target.id };
  });
}
