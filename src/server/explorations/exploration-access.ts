import "server-only";
import { isExplorationOpen, type ExplorationKind } from "@/domain/exploration";
import { isWellFormedShortCode, normalizeShortCode } from "@/domain/short-code";
import { positionAnswersSchema, type PositionAnswers } from "@/lib/schemas/workshop";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { assertNotLimited, type LimitName, recordFailure } from "@/server/rate-limit";
import { codeDigest, sha256 } from "@/server/secrets";

/**
 * Opening an exploration by its code. The code is the only credential (no
 * account), so every wrong code, and every wrong device key, counts against
 * the address in the same budgets as the home page's codes: 10 per 15
 * minutes, 100 per day (decision 012), which makes guessing hopeless.
 */
export const codeLimits = (ip: string): [LimitName, string][] => [
  ["codeEntryPerIp15min", ip],
  ["codeEntryPerIpDay", ip],
];

export type OpenExploration = { id: string; kind: ExplorationKind; closedAt: Date | null; expiresAt: Date };

async function refuse(ip: string, messageKey: string, field: "code" | "memberKey"): Promise<never> {
  await recordFailure(codeLimits(ip));
  log.warn({ event: "exploration.code-failed", reason: messageKey }, "exploration code refused");
  throw new AppError(field === "code" ? "VALIDATION" : "NOT_FOUND", messageKey, {
    fieldErrors: field === "code" ? { code: messageKey } : {},
  });
}

/**
 * The exploration a normalised code opens, if it exists and has not expired
 * (an expired one is refused like an unknown code: it is as good as deleted).
 */
export async function openByCode(
  input: { code: string; ip: string },
  expected: ExplorationKind | null,
  now: Date,
): Promise<OpenExploration> {
  await assertNotLimited(codeLimits(input.ip));
  // The schema normalises already; server callers may pass the code as shown (« K7QM-3HPR »).
  const code = normalizeShortCode(input.code);
  if (!isWellFormedShortCode(code)) return refuse(input.ip, "codeMalformed", "code");
  const row = await db.exploration.findUnique({
    where: { codeHash: codeDigest(code) },
    select: { id: true, kind: true, closedAt: true, expiresAt: true },
  });
  if (!row || !isExplorationOpen(row.expiresAt, now) || (expected !== null && row.kind !== expected))
    return refuse(input.ip, "explorationCodeUnknown", "code");
  return { ...row, kind: row.kind as ExplorationKind };
}

/** A colleague's answer row in this shared exploration, found by their device key. */
export async function memberOf(
  exploration: OpenExploration,
  memberKey: string,
  ip: string,
  client: Tx,
): Promise<{ id: string; answersJson: string; confirmedAt: Date | null }> {
  const row = await client.explorationAnswer.findUnique({
    where: { memberKeyHash: sha256(memberKey) },
    select: { id: true, explorationId: true, answersJson: true, confirmedAt: true },
  });
  if (!row || row.explorationId !== exploration.id) return refuse(ip, "explorationMemberUnknown", "memberKey");
  return row;
}

/** Stored answers, read back through the atelier's schema: a bad row reads as empty, never as a crash. */
export function readAnswers(json: string): PositionAnswers | null {
  try {
    const parsed = positionAnswersSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
