import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadFacilitatorParticipant } from "@/server/participants/load-facilitator-participant";
import { takeEntryOut } from "@/server/participants/remove-participant-entry";

/**
 * The facilitator takes an admitted person out of the group (admitted by
 * mistake, or not of this organisation): their answers leave the group's
 * figures, their entry is erased and their sessions end (decision 013). Not
 * once the group's results are released: what the plenary saw stays as it was.
 */
export async function removeParticipant(viewer: Viewer, input: { participantId: string }, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const { participant } = await loadFacilitatorParticipant(viewer, input.participantId, tx);
    if (!participant.admittedAt) throw new AppError("INVALID_STATE", "participants.stillWaiting");
    const group = await tx.group.findUniqueOrThrow({ where: { id: participant.groupId }, select: { releasedAt: true } });
    if (group.releasedAt) throw new AppError("INVALID_STATE", "participants.groupReleased");
    await takeEntryOut(tx, viewer, participant, "participant.remove", now);
    return { participantId: participant.id, groupId: participant.groupId };
  });
}
