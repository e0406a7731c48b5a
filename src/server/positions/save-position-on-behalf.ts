import "server-only";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator, requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { prismaSqlSession } from "@/server/sql-session";
import { assertPositionEditable, loadPositionOwner, writeAnswers } from "@/server/positions/position-access";

/**
 * Saves what the facilitator types for a person (a draft; typing continues).
 * Recorded as entered by the facilitator (Position.enteredById and an audit
 * row on every save), so nobody mistakes it for the person's own typing.
 * The same rules as for the person apply: phase « ateliers », workshop open.
 * Answers the person confirmed themself change only with `overrideOwnAnswers`
 * (the form's dialog), and the person's page then says so (decision 014).
 */
export async function savePositionOnBehalf(
  viewer: Viewer,
  input: PositionAnswers & { participantId: string; overrideOwnAnswers?: boolean },
  now: Date = new Date(),
) {
  const facilitator = requireFacilitator(viewer);
  const { participantId, overrideOwnAnswers, ...answers } = input;
  return db.$transaction(async (tx) => {
    const session = prismaSqlSession(tx);
    const owner = await loadPositionOwner(session, participantId);
    await requireDemarcheFacilitator(viewer, owner.demarcheId, tx);
    assertPositionEditable(owner);
    const saved = await writeAnswers(session, {
      owner,
      answers,
      submit: false,
      enteredById: facilitator.facilitatorId,
      overrideOwnAnswers,
      now,
    });
    if (saved.changed) {
      await recordAudit(
        viewer,
        {
          demarcheId: owner.demarcheId,
          action: "position.enter-on-behalf",
          entityType: "Position",
          entityId: saved.positionId,
          detail: {
            groupId: owner.group.id,
            participantId: owner.id,
            status: saved.status,
            overrodeOwnAnswers: saved.overrodeOwnAnswers,
          },
        },
        tx,
      );
    }
    return { status: saved.status, submittedAt: saved.submittedAt, savedAt: saved.updatedAt };
  });
}
