import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireSignedInParticipant } from "@/server/authz";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { eraseParticipant } from "@/server/privacy/erase-participant";

/**
 * A participant withdraws from the démarche (Law 25; the conditions
 * d'engagement say it can happen at any time, without a reason). Their
 * consent is marked withdrawn, their identifying data erased, and their
 * positions removed or kept only as anonymous group figures, as the
 * démarche's withdrawal policy (stated in the conditions) says.
 */
export async function withdrawParticipant(viewer: Viewer, now: Date = new Date()) {
  const me = requireSignedInParticipant(viewer);
  return db.$transaction(async (tx) => {
    const participant = await tx.participant.findUnique({
      where: { id: me.participantId },
      select: {
        id: true,
        withdrawnAt: true,
        demarcheId: true,
        groupId: true,
        demarche: { select: { withdrawalPolicy: true } },
      },
    });
    if (!participant || participant.withdrawnAt) throw notFound();
    const removePositions = participant.demarche.withdrawalPolicy === "remove";
    await tx.participant.update({ where: { id: participant.id }, data: { withdrawnAt: now } });
    await tx.consent.updateMany({
      where: { participantId: participant.id, withdrawnAt: null },
      data: { withdrawnAt: now },
    });
    await eraseParticipant(tx, participant.id, { removePositions, now });
    await recordAudit(
      viewer,
      {
        demarcheId: participant.demarcheId,
        action: "participant.withdraw",
        entityType: "Participant",
        entityId: participant.id,
        detail: { groupId: participant.groupId, positions: removePositions ? "removed" : "kept-anonymous" },
      },
      tx,
    );
    return { positions: removePositions ? ("removed" as const) : ("kept-anonymous" as const) };
  });
}
