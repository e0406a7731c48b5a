import "server-only";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator, requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { prismaSqlSession } from "@/server/sql-session";
import {
  assertPositionEditable,
  loadPositionOwner,
  positionsMissing,
  writeAnswers,
} from "@/server/positions/position-access";

/**
 * Saves and confirms what the facilitator typed for a person, who then counts in the group's figures.
 * Recorded as entered by the facilitator (Position.enteredById and an audit
 * row on every save), so nobody mistakes it for the person's own typing.
 * The same rules as for the person apply: phase « ateliers », workshop open.
 * Answers the person confirmed themself change only with `overrideOwnAnswers`
 * (the form's dialog), and the person's page then says so (decision 014).
 */
export async function submitPositionOnBehalf(
  viewer: Viewer,
  input: PositionAnswers & { participantId: string; overrideOwnAnswers?: boolean },
  now: Date = new Date(),
) {
  const facilitator = requireFacilitator(viewer);
  const { participantId, overrideOwnAnswers, ...answers } = input;
  if (answers.current === null || answers.desired === null) throw positionsMissing(answers);
  return db.$transaction(async (tx) => {
    const session = prismaSqlSession(tx);
    const owner = await loadPositionOwner(session, participantId);
    await requireDemarcheFacilitator(viewer, owner.demarcheId, tx);
    assertPositionEditable(owner);
    const saved = await writeAnswers(session, {
      owner,
      answers,
      submit: true,
      enteredById: facilitator.facilitatorId,
      overrideOwnAnswers,
      now,
    });
    await recordAudit(
      viewer,
      {
        demarcheId: owner.demarcheId,
        action: "position.submit-on-behalf",
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
    return {
      status: saved.status,
      submittedAt: saved.submittedAt,
      savedAt: saved.updatedAt,
      demarcheId: owner.demarcheId,
    };
  });
}
