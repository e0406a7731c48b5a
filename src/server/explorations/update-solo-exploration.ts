import "server-only";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { db } from "@/server/db";
import { openByCode } from "./exploration-access";

/** Replaces the answers kept behind a personal return code. The date of deletion does not move. */
export async function updateSoloExploration(
  input: { code: string; answers: PositionAnswers; ip: string },
  now: Date = new Date(),
): Promise<{ expiresAt: Date; savedAt: Date }> {
  const exploration = await openByCode(input, "solo", now);
  await db.explorationAnswer.updateMany({
    where: { explorationId: exploration.id },
    data: { answersJson: JSON.stringify(input.answers), updatedAt: now },
  });
  return { expiresAt: exploration.expiresAt, savedAt: now };
}
