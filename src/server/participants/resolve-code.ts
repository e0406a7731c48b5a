import "server-only";
import { joinRefusal } from "@/domain/joining";
import { isWellFormedShortCode, normalizeShortCode } from "@/domain/short-code";
import type { Phase } from "@/domain/vocabulary";
import { issueLoginTicket } from "@/server/auth/login-tickets";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { assertNotLimited, type LimitName, recordFailure } from "@/server/rate-limit";
import { codeDigest, unseal } from "@/server/secrets";

export type CodeResolution = { kind: "invitation"; token: string } | { kind: "return"; ticket: string };

/**
 * A code typed on the home page is either a group's invitation code or a
 * participant's personal return code. Every failure counts against the
 * address: 10 per 15 minutes and 100 per day, which makes guessing one of
 * 31^8 codes hopeless (README, « Sécurité »).
 */
export async function resolveCode(
  input: { code: string; ip: string },
  now: Date = new Date(),
): Promise<CodeResolution> {
  const limits: [LimitName, string][] = [
    ["codeEntryPerIp15min", input.ip],
    ["codeEntryPerIpDay", input.ip],
  ];
  await assertNotLimited(limits);

  const code = normalizeShortCode(input.code);
  const fail = async (messageKey: string): Promise<never> => {
    await recordFailure(limits);
    log.warn({ event: "code.failed", ip: input.ip, reason: messageKey }, "code entry failed");
    throw new AppError("VALIDATION", messageKey, { fieldErrors: { code: messageKey } });
  };
  if (!isWellFormedShortCode(code)) return fail("codeMalformed");

  const hash = codeDigest(code);
  const invitation = await db.invitation.findUnique({
    where: { codeHash: hash },
    select: {
      tokenSealed: true,
      revokedAt: true,
      expiresAt: true,
      group: { select: { workshopClosedAt: true } },
      demarche: { select: { phase: true } },
    },
  });
  if (invitation) {
    const refusal = joinRefusal(
      {
        revokedAt: invitation.revokedAt,
        expiresAt: invitation.expiresAt,
        phase: invitation.demarche.phase as Phase,
        workshopClosedAt: invitation.group.workshopClosedAt,
      },
      now,
    );
    if (refusal) return fail(`invitation.${refusal}`);
    return { kind: "invitation", token: unseal(invitation.tokenSealed) };
  }

  const participant = await db.participant.findUnique({
    where: { returnCodeHash: hash },
    select: { id: true, withdrawnAt: true },
  });
  if (participant && !participant.withdrawnAt) {
    return { kind: "return", ticket: await issueLoginTicket({ kind: "participant", participantId: participant.id }) };
  }
  return fail("codeUnknown");
}
