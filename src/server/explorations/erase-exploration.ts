import "server-only";
import { db } from "@/server/db";
import { memberOf, openByCode } from "./exploration-access";

/**
 * Erases at once what the person kept: a personal return code's exploration
 * with its answers, or, with a shared code and the device key, this
 * colleague's answers (the others' stay theirs to erase; the rest goes at
 * the shared code's date). After the answering ended, the shared view then
 * shows no figure any more (SharedState in the domain).
 */
export async function eraseExploration(
  input: { code: string; memberKey?: string; ip: string },
  now: Date = new Date(),
): Promise<{ erased: "exploration" | "answers" }> {
  const exploration = await openByCode(input, input.memberKey === undefined ? "solo" : "shared", now);
  if (exploration.kind === "solo") {
    await db.$transaction([
      db.explorationAnswer.deleteMany({ where: { explorationId: exploration.id } }),
      db.exploration.delete({ where: { id: exploration.id } }),
    ]);
    return { erased: "exploration" };
  }
  const member = await memberOf(exploration, input.memberKey!, input.ip, db);
  await db.$transaction([
    db.explorationAnswer.delete({ where: { id: member.id } }),
    // After the answering ended, the figures would move and give these answers away by difference.
    db.exploration.updateMany({
      where: { id: exploration.id, closedAt: { not: null }, figuresWithdrawnAt: null },
      data: { figuresWithdrawnAt: now },
    }),
  ]);
  return { erased: "answers" };
}
