import "server-only";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import type { Viewer } from "@/server/auth/viewer";
import { recordAuditRaw } from "@/server/audit";
import { requireParticipant } from "@/server/authz";
import { sql } from "@/server/db";
import {
  assertPositionEditable,
  loadPositionOwner,
  positionsMissing,
  writeAnswers,
} from "@/server/positions/position-access";

/**
 * « Je confirme mes réponses »: saves and confirms the person's own answers,
 * which then count in the group's figures. Both positions are needed; the
 * person may change and confirm again until the group closes its workshop.
 */
export async function submitMyPosition(viewer: Viewer, answers: PositionAnswers, now: Date = new Date()) {
  const participant = requireParticipant(viewer);
  if (answers.current === null || answers.desired === null) throw positionsMissing(answers);
  return sql.transaction(async (tx) => {
    const owner = await loadPositionOwner(tx, participant.participantId);
    assertPositionEditable(owner);
    const saved = await writeAnswers(tx, { owner, answers, submit: true, enteredById: null, now });
    await recordAuditRaw(
      viewer,
      {
        demarcheId: owner.demarcheId,
        action: "position.submit",
        entityType: "Position",
        entityId: saved.positionId,
        detail: { groupId: owner.group.id },
      },
      tx,
    );
    return { status: saved.status, submittedAt: saved.submittedAt, savedAt: saved.updatedAt };
  });
}
