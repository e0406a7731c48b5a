import "server-only";
import { hashPassword } from "@/server/auth/passwords";
import { ANONYMOUS } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { inSerializableTransaction } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import { accountLinkBudgets, consumeAccountLink, refuseAccountLink } from "@/server/facilitators/account-links";
import { assertNotLimited } from "@/server/rate-limit";

/**
 * Opens an account with an invitation link (decision 020): the link is used
 * in the transaction that creates the account, so a taken email leaves it
 * usable, and two requests with one link cannot both use it.
 */
export async function acceptAccountInvitation(
  input: { token: string; name: string; email: string; password: string; ip: string },
  now: Date = new Date(),
): Promise<{ facilitatorId: string }> {
  await assertNotLimited(accountLinkBudgets(input.ip));
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
  if (outcome === "unusable") return refuseAccountLink(input.ip, "invitation");
  return outcome;
}
