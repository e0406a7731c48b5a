import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadFacilitatorParticipant } from "@/server/participants/load-facilitator-participant";
import { takeEntryOut } from "@/server/participants/remove-participant-entry";

/**
 * The facilitator does not let in someone waiting (a person they do not know
 * in this group, or a second entry of someone already in): the entry is
 * erased and its sessions end (decision 013).
 */
export async function refuseParticipant(viewer: Viewer, input: { participantId: string }, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const { participant } = await loadFacilitatorParticipant(viewer, input.participantId, tx);
    if (participant.admittedAt) throw new AppError("INVALID_STATE", "participants.notWaiting");
    await takeEntryOut(tx, viewer, participant, "participant.refuse", now);
    return { participantId: participant.id, groupId: participant.groupId };
  });
}
