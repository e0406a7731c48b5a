import "server-only";
import { hashPassword } from "@/server/auth/passwords";
import { ANONYMOUS } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { revokeSessionsOf } from "@/server/facilitators/account-access";
import { accountLinkBudgets, consumeAccountLink, refuseAccountLink } from "@/server/facilitators/account-links";
import { assertNotLimited } from "@/server/rate-limit";

/** Sets a new password with a reset link (decision 020), ending every session of the account. */
export async function resetPasswordWithLink(
  input: { token: string; password: string; ip: string },
  now: Date = new Date(),
): Promise<{ facilitatorId: string }> {
  await assertNotLimited(accountLinkBudgets(input.ip));
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
  if (outcome === "unusable") return refuseAccountLink(input.ip, "reset");
  return outcome;
}
