import "server-only";
import type { Tx } from "@/server/db";

/**
 * Erases what identifies a participant, in the caller's transaction:
 * name, personal return code, sessions, login tickets, attendance, and the
 * free text of their answers (a sentence can identify its author). With
 * `removePositions`, the numbers go too; otherwise they stay, unlinked from
 * anything personal, inside the group's anonymous figures.
 */
export async function eraseParticipant(
  tx: Tx,
  participantId: string,
  options: { removePositions: boolean; now: Date },
) {
  await tx.participant.update({
    where: { id: participantId },
    data: { displayName: "", returnCodeHash: null, anonymisedAt: options.now },
  });
  await tx.authSession.deleteMany({ where: { participantId } });
  await tx.loginTicket.deleteMany({ where: { participantId } });
  await tx.attendance.deleteMany({ where: { participantId } });
  if (options.removePositions) {
    await tx.position.deleteMany({ where: { participantId } });
  } else {
    await tx.position.updateMany({
      where: { participantId },
      data: {
        currentWhy: "",
        currentExamples: "",
        desiredWhy: "",
        desiredExamples: "",
        conditionsHinder: "",
        conditionsSupport: "",
      },
    });
  }
}
