import "server-only";
import { db } from "@/server/db";

/**
 * Deletes every exploration past its date, with its answers (cascade).
 * Runs before each creation and with the daily retention run; reads refuse
 * an expired exploration anyway, so the purge only frees the rows.
 */
export async function purgeExpiredExplorations(now: Date = new Date()): Promise<{ deleted: number }> {
  const expired = await db.exploration.findMany({ where: { expiresAt: { lte: now } }, select: { id: true } });
  if (expired.length === 0) return { deleted: 0 };
  const ids = expired.map((e) => e.id);
  // Answers first: the cascade is declared, but deleting them explicitly does not depend on it.
  await db.$transaction([
    db.explorationAnswer.deleteMany({ where: { explorationId: { in: ids } } }),
    db.exploration.deleteMany({ where: { id: { in: ids } } }),
  ]);
  return { deleted: ids.length };
}
