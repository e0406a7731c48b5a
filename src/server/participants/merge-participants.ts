import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadFacilitatorParticipant } from "@/server/participants/load-facilitator-participant";
import { eraseParticipant } from "@/server/privacy/erase-participant";

/**
 * Two entries of one person (they joined from their phone, then from the
 * room's tablet): the facilitator keeps one. The other one's sessions now
 * sign in as the kept entry, so the person loses no device; its answers are
 * dropped unless the kept entry has none, in which case they move over
 * unconfirmed (the person confirms again as the kept entry). The merged
 * entry is erased. Both must be of the same group (decision 013).
 */
export async function mergeParticipants(viewer: Viewer, input: { keepId: string; mergeId: string }, now: Date = new Date()) {
  if (input.keepId === input.mergeId) {
    throw new AppError("VALIDATION", "participants.mergeSame", { fieldErrors: { mergeId: "participants.mergeSame" } });
  }
  return db.$transaction(async (tx) => {
    const { participant: keep } = await loadFacilitatorParticipant(viewer, input.keepId, tx);
    const { participant: merged } = await loadFacilitatorParticipant(viewer, input.mergeId, tx);
    if (keep.groupId !== merged.groupId) throw new AppError("INVALID_STATE", "participants.mergeOtherGroup");
    const group = await tx.group.findUniqueOrThrow({ where: { id: keep.groupId }, select: { releasedAt: true } });
    if (group.releasedAt) throw new AppError("INVALID_STATE", "participants.groupReleased");

    let answers: "kept" | "moved" = "kept";
    if (!keep.position && merged.position) {
      await tx.position.update({
        where: { id: merged.position.id },
        data: { participantId: keep.id, status: "draft", submittedAt: null },
      });
      answers = "moved";
    }
    // One person: admitted if either entry was.
    if (!keep.admittedAt && merged.admittedAt) {
      await tx.participant.update({ where: { id: keep.id }, data: { admittedAt: merged.admittedAt } });
    }
    // The merged entry's live sessions become the kept entry's.
    await tx.authSession.updateMany({
      where: { participantId: merged.id, revokedAt: null },
      data: { participantId: keep.id },
    });
    await tx.participant.update({ where: { id: merged.id }, data: { withdrawnAt: now } });
    await tx.consent.updateMany({ where: { participantId: merged.id, withdrawnAt: null }, data: { withdrawnAt: now } });
    await eraseParticipant(tx, merged.id, { removePositions: true, now });
    await recordAudit(
      viewer,
      {
        demarcheId: keep.demarcheId,
        action: "participant.merge",
        entityType: "Participant",
        entityId: keep.id,
        detail: { groupId: keep.groupId, mergedId: merged.id, answers },
      },
      tx,
    );
    return { participantId: keep.id, groupId: keep.groupId, answers };
  });
}
