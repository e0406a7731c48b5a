import "server-only";
import { explorationExpiry, type ExplorationKind } from "@/domain/exploration";
import { db } from "@/server/db";
import { isUniqueViolation } from "@/server/errors";
import { assertNotLimited, recordFailure } from "@/server/rate-limit";
import { codeDigest, randomShortCode, randomToken, sha256 } from "@/server/secrets";
import { purgeExpiredExplorations } from "./purge-expired-explorations";

/**
 * Creates an exploration with a fresh code and its first answer row, in one
 * transaction. Anyone may create one (no account), so each address may
 * create 30 a day (a budget counted on every creation, not only failures),
 * and each creation first deletes what has expired.
 */
export async function createExplorationRow(
  input: { kind: ExplorationKind; answersJson: string; ip: string },
  now: Date,
): Promise<{ code: string; memberKey: string | null; expiresAt: Date }> {
  const budget: [["explorationCreatePerIpDay", string]] = [["explorationCreatePerIpDay", input.ip]];
  await assertNotLimited(budget);
  await purgeExpiredExplorations(now);
  const expiresAt = explorationExpiry(now);
  const memberKey = input.kind === "shared" ? randomToken() : null;
  for (let attempt = 1; ; attempt++) {
    const code = randomShortCode();
    try {
      await db.exploration.create({
        data: {
          kind: input.kind,
          codeHash: codeDigest(code),
          createdAt: now,
          expiresAt,
          answers: {
            create: { answersJson: input.answersJson, memberKeyHash: memberKey === null ? null : sha256(memberKey) },
          },
        },
      });
      await recordFailure(budget);
      return { code, memberKey, expiresAt };
    } catch (error) {
      // 31^8 codes: a clash is rare; another draw settles it.
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}
