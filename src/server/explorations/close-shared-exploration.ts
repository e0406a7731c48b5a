import "server-only";
import { db } from "@/server/db";
import { memberOf, openByCode } from "./exploration-access";

/**
 * A colleague ends the answering: the answers are frozen, and the shared
 * view may show figures if enough were confirmed (decision 013's rule: a
 * count that still moves could give away the last person's answer).
 * Ending twice is harmless.
 */
export async function closeSharedExploration(
  input: { code: string; memberKey: string; ip: string },
  now: Date = new Date(),
): Promise<{ closedAt: Date }> {
  const exploration = await openByCode(input, "shared", now);
  await memberOf(exploration, input.memberKey, input.ip, db);
  if (exploration.closedAt) return { closedAt: exploration.closedAt };
  await db.exploration.updateMany({ where: { id: exploration.id, closedAt: null }, data: { closedAt: now } });
  return { closedAt: now };
}
