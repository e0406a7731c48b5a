import "server-only";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import type { Viewer } from "@/server/auth/viewer";
import { recordAuditRaw } from "@/server/audit";
import { requireParticipant } from "@/server/authz";
import { sql } from "@/server/db";
import { assertPositionEditable, loadPositionOwner, writeAnswers } from "@/server/positions/position-access";

/**
 * Autosave of the participant's own answers, as often as they type. Only the
 * session's own position is written; the group and démarche are those of the
 * stored participant, never ids sent by the browser.
 *
 * Drafts are not audited one by one (an autosave every few seconds would
 * bury the log); withdrawing a confirmation by editing is.
 */
export async function saveMyPositionDraft(viewer: Viewer, answers: PositionAnswers, now: Date = new Date()) {
  const participant = requireParticipant(viewer);
  return sql.transaction(async (tx) => {
    const owner = await loadPositionOwner(tx, participant.participantId);
    assertPositionEditable(owner);
    const saved = await writeAnswers(tx, { owner, answers, submit: false, enteredById: null, now });
    if (saved.unconfirmed) {
      await recordAuditRaw(
        viewer,
        {
          demarcheId: owner.demarcheId,
          action: "position.unconfirm",
          entityType: "Position",
          entityId: saved.positionId,
          detail: { groupId: owner.group.id },
        },
        tx,
      );
    }
    return { status: saved.status, submittedAt: saved.submittedAt, savedAt: saved.updatedAt };
  });
}
