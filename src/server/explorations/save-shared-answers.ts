import "server-only";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { memberOf, openByCode } from "./exploration-access";

export type SharedSaveResult = { status: "draft" | "submitted"; submittedAt: Date | null; savedAt: Date };

/**
 * One colleague's answers in a shared exploration, saved as a draft
 * (autosave) or confirmed. Only confirmed answers count in the shared view;
 * saving a draft after confirming withdraws the confirmation, as in the
 * ateliers. Nothing changes once a colleague has ended the answering.
 */
export async function saveSharedAnswers(
  input: { code: string; memberKey: string; answers: PositionAnswers; confirm: boolean; ip: string },
  now: Date = new Date(),
): Promise<SharedSaveResult> {
  const exploration = await openByCode(input, "shared", now);
  const member = await memberOf(exploration, input.memberKey, input.ip, db);
  if (exploration.closedAt) throw new AppError("INVALID_STATE", "explorationClosed");
  const answersJson = JSON.stringify(input.answers);
  // A draft identical to what was confirmed keeps the confirmation (the autosave resends on arrival).
  const unchanged = answersJson === member.answersJson;
  const confirmedAt = input.confirm ? now : unchanged ? member.confirmedAt : null;
  await db.explorationAnswer.update({ where: { id: member.id }, data: { answersJson, confirmedAt, updatedAt: now } });
  return { status: confirmedAt ? "submitted" : "draft", submittedAt: confirmedAt, savedAt: now };
}
