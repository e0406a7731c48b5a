import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadAccount, requireAdministrator } from "@/server/facilitators/account-access";
import { createAccountLink, type IssuedAccountLink } from "@/server/facilitators/account-links";

/**
 * A one-time link to set a new password on an active account, valid one day.
 * Issuing it cancels the account's earlier unused reset links (decision 020).
 */
export async function issuePasswordReset(
  viewer: Viewer,
  input: { facilitatorId: string },
  now: Date = new Date(),
): Promise<IssuedAccountLink> {
  return db.$transaction(async (tx) => {
    const admin = await requireAdministrator(viewer, tx);
    const account = await loadAccount(tx, input.facilitatorId);
    if (account.disabledAt) throw new AppError("INVALID_STATE", "accountDisabled");
    if (account.isDemo) throw new AppError("INVALID_STATE", "demoAccount");
    await tx.accountLink.updateMany({
      where: { kind: "reset", facilitatorId: account.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now },
    });
    const issued = await createAccountLink(
      tx,
      { kind: "reset", issuedById: admin.facilitatorId, facilitatorId: account.id },
      now,
    );
    await recordAudit(
      viewer,
      {
        demarcheId: null,
        action: "account.reset-link",
        entityType: "Facilitator",
        entityId: account.id,
        detail: { linkId: issued.linkId },
      },
      tx,
    );
    return issued;
  });
}
