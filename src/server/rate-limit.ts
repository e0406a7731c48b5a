import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { budgetKeyDigest } from "@/server/secrets";

/**
 * Failure budgets from SECURITY.md. Only failures are counted: a participant
 * typing their code right the first time never touches the budget.
 * A budget is a fixed window that starts at its first failure.
 */
export const RATE_LIMITS = {
  codeEntryPerIp15min: { points: 10, seconds: 15 * 60 },
  codeEntryPerIpDay: { points: 100, seconds: 24 * 60 * 60 },
  signInPerAccountIp: { points: 10, seconds: 15 * 60 },
  signInPerIp: { points: 100, seconds: 24 * 60 * 60 },
  firstAccountPerIp: { points: 10, seconds: 15 * 60 },
  /** Not a failure budget: every exploration an address creates counts (decision 022). */
  explorationCreatePerIpDay: { points: 30, seconds: 24 * 60 * 60 },
  /** Not a failure budget either: every summary PDF an address has rendered counts (decision 022). */
  explorationPdfPerIp15min: { points: 30, seconds: 15 * 60 },
  accountLinkPerIp15min: { points: 10, seconds: 15 * 60 },
  accountLinkPerIpDay: { points: 100, seconds: 24 * 60 * 60 },
} as const satisfies Record<string, { points: number; seconds: number }>;

export type LimitName = keyof typeof RATE_LIMITS;

/**
 * The counters live in the database (RateLimitBucket), so a restart does not
 * reset them and every app process on one database shares them (decision
 * 012). These functions run outside any transaction: a refused attempt must
 * still count when what it tried rolls back.
 */
const bucketKey = (name: LimitName, key: string) => budgetKeyDigest(`${name}|${key}`);

/** How often a process deletes the rows whose window has ended. */
const SWEEP_EVERY_MS = 10 * 60_000;
let lastSweep = 0;

/** Throws RATE_LIMITED when any of the budgets for these keys is used up. */
export async function assertNotLimited(checks: [LimitName, string][]): Promise<void> {
  const now = Date.now();
  for (const [name, key] of checks) {
    const bucket = await db.rateLimitBucket.findUnique({
      where: { key: bucketKey(name, key) },
      select: { count: true, expiresAt: true },
    });
    // A budget whose window has ended counts for nothing, even before its row is deleted.
    const msLeft = bucket ? bucket.expiresAt.getTime() - now : 0;
    if (bucket && msLeft > 0 && bucket.count >= RATE_LIMITS[name].points) {
      // The key holds an address (and for sign-in an email): only the budget's name is logged.
      log.warn({ event: "rate-limited", limit: name }, "attempts paused");
      throw new AppError("RATE_LIMITED", "rateLimited", {
        params: { minutes: Math.max(1, Math.ceil(msLeft / 60_000)) },
      });
    }
  }
}

/** Whether Prisma refused a row for a unique key another request created first. */
function isUniqueConflict(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Counts one failure against each budget. Each step is one statement, so two
 * processes counting at once both count: a window that has ended starts
 * again from zero (only one of them matches it), then the count goes up by
 * one (an INSERT … ON CONFLICT DO UPDATE; if another request inserted the row
 * first, the increment is made on its row).
 */
export async function recordFailure(checks: [LimitName, string][]): Promise<void> {
  const now = new Date();
  for (const [name, key] of checks) {
    const k = bucketKey(name, key);
    const expiresAt = new Date(now.getTime() + RATE_LIMITS[name].seconds * 1000);
    await db.rateLimitBucket.updateMany({
      where: { key: k, expiresAt: { lte: now } },
      data: { count: 0, windowStart: now, expiresAt },
    });
    try {
      await db.rateLimitBucket.upsert({
        where: { key: k },
        create: { key: k, count: 1, windowStart: now, expiresAt },
        update: { count: { increment: 1 } },
      });
    } catch (error) {
      if (!isUniqueConflict(error)) throw error;
      await db.rateLimitBucket.update({ where: { key: k }, data: { count: { increment: 1 } } });
    }
  }
  await sweepExpired(now);
}

/** Deletes the budgets whose window has ended, at most every ten minutes per process. */
async function sweepExpired(now: Date): Promise<void> {
  if (Math.abs(now.getTime() - lastSweep) < SWEEP_EVERY_MS) return;
  lastSweep = now.getTime();
  await db.rateLimitBucket.deleteMany({ where: { expiresAt: { lt: now } } });
}

export async function clearFailures(checks: [LimitName, string][]): Promise<void> {
  for (const [name, key] of checks) await db.rateLimitBucket.deleteMany({ where: { key: bucketKey(name, key) } });
}

/** For tests: forget every counter. */
export async function resetRateLimits(): Promise<void> {
  lastSweep = 0;
  await db.rateLimitBucket.deleteMany();
}
