import "server-only";
import { accountLinkState, type AccountLinkKind, type AccountLinkState } from "@/domain/accounts";
import { hashPassword } from "@/server/auth/passwords";
import { ANONYMOUS } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db, inSerializableTransaction } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import { revokeSessionsOf } from "@/server/facilitators/account-access";
import { consumeAccountLink } from "@/server/facilitators/account-links";
import { log } from "@/server/log";
import { assertNotLimited, type LimitName, recordFailure } from "@/server/rate-limit";
import { sha256 } from "@/server/secrets";

/**
 * Opening an account with an invitation link, or setting a new password with
 * a reset link (decision 020). A token that opens nothing (unknown, used,
 * expired, cancelled) counts against the address's failure budget, like a
 * wrong code or password; the same answer whatever the reason.
 */

const budgets = (ip: string): [LimitName, string][] => [
  ["accountLinkPerIp15min", ip],
  ["accountLinkPerIpDay", ip],
];

async function refuse(ip: string, kind: AccountLinkKind): Promise<never> {
  await recordFailure(budgets(ip));
  log.warn({ event: "account-link.refused", kind, ip }, "account link refused");
  throw new AppError("NOT_FOUND", "accountLinkUnusable");
}

/** What the link's page shows before anything is typed: whether it still opens something. */
export async function describeAccountLink(
  kind: AccountLinkKind,
  token: string,
  now: Date = new Date(),
): Promise<AccountLinkState | "unknown"> {
  const row = await db.accountLink.findUnique({
    where: { tokenHash: sha256(token) },
    select: { kind: true, usedAt: true, revokedAt: true, expiresAt: true, facilitator: { select: { disabledAt: true } } },
  });
  if (!row || row.kind !== kind) return "unknown";
  if (kind === "reset" && row.facilitator?.disabledAt) return "revoked";
  return accountLinkState(row, now);
}

export async function acceptAccountInvitation(
  input: { token: string; name: string; email: string; password: string; ip: string },
  now: Date = new Date(),
): Promise<{ facilitatorId: string }> {
  await assertNotLimited(budgets(input.ip));
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  let outcome: { facilitatorId: string } | "unusable";
  try {
    outcome = await inSerializableTransaction(async (tx) => {
      const link = await consumeAccountLink(tx, "invitation", input.token, now);
      if (!link) return "unusable" as const;
      if (await tx.facilitator.findUnique({ where: { email }, select: { id: true } })) {
        throw new AppError("CONFLICT", "emailTaken", { fieldErrors: { email: "emailTaken" } });
      }
      const created = await tx.facilitator.create({
        data: { name: input.name, email, passwordHash, role: "accompagnateur" },
        select: { id: true },
      });
      await tx.accountLink.update({ where: { id: link.id }, data: { facilitatorId: created.id } });
      await recordAudit(
        ANONYMOUS,
        {
          demarcheId: null,
          action: "account.create-with-invitation",
          entityType: "Facilitator",
          entityId: created.id,
          detail: { linkId: link.id },
        },
        tx,
      );
      return { facilitatorId: created.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "emailTaken", { fieldErrors: { email: "emailTaken" } });
    }
    throw error;
  }
  if (outcome === "unusable") return refuse(input.ip, "invitation");
  return outcome;
}

export async function resetPasswordWithLink(
  input: { token: string; password: string; ip: string },
  now: Date = new Date(),
): Promise<{ facilitatorId: string }> {
  await assertNotLimited(budgets(input.ip));
  const passwordHash = await hashPassword(input.password);
  const outcome = await db.$transaction(async (tx) => {
    const link = await consumeAccountLink(tx, "reset", input.token, now);
    if (!link?.facilitatorId) return "unusable" as const;
    const account = await tx.facilitator.findUnique({
      where: { id: link.facilitatorId },
      select: { id: true, disabledAt: true },
    });
    // A link issued before the account was disabled opens nothing (and stays used).
    if (!account || account.disabledAt) return "unusable" as const;
    await tx.facilitator.update({ where: { id: account.id }, data: { passwordHash } });
    // Whoever knew the old password is signed out everywhere.
    await revokeSessionsOf(tx, account.id, now);
    await recordAudit(
      ANONYMOUS,
      {
        demarcheId: null,
        action: "account.password-reset",
        entityType: "Facilitator",
        entityId: account.id,
        detail: { linkId: link.id },
      },
      tx,
    );
    return { facilitatorId: account.id };
  });
  if (outcome === "unusable") return refuse(input.ip, "reset");
  return outcome;
}
