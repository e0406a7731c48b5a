import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import type { Tx } from "@/server/db";
import { eraseParticipant } from "@/server/privacy/erase-participant";

/**
 * What refusing and removing share: the entry leaves the démarche as a
 * withdrawal does, its sessions end at once, and its answers go (they were
 * never, or are no longer, the group's). The row stays, erased, so the audit
 * trail keeps pointing at something.
 */
export async function takeEntryOut(
  tx: Tx,
  viewer: Viewer,
  participant: { id: string; demarcheId: string; groupId: string },
  action: "participant.refuse" | "participant.remove",
  now: Date,
) {
  await tx.participant.update({ where: { id: participant.id }, data: { withdrawnAt: now } });
  await tx.consent.updateMany({ where: { participantId: participant.id, withdrawnAt: null }, data: { withdrawnAt: now } });
  await eraseParticipant(tx, participant.id, { removePositions: true, now });
  await recordAudit(
    viewer,
    {
      demarcheId: participant.demarcheId,
      action,
      entityType: "Participant",
      entityId: participant.id,
      detail: { groupId: participant.groupId },
    },
    tx,
  );
}
