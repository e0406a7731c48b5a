import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { inSerializableTransaction } from "@/server/db";
import { AppError } from "@/server/errors";
import {
  assertAnAdministratorRemains,
  loadAccount,
  requireAdministrator,
  revokeSessionsOf,
} from "@/server/facilitators/account-access";

/**
 * Disables an account (its sessions end at once, it can no longer sign in)
 * or enables it again. Nobody disables their own account, and the last
 * active administrateur.trice is never disabled: checked in the same
 * serializable transaction as the change (decision 020).
 */
export async function setAccountDisabled(
  viewer: Viewer,
  input: { facilitatorId: string; disabled: boolean },
  now: Date = new Date(),
): Promise<void> {
  await inSerializableTransaction(async (tx) => {
    const admin = await requireAdministrator(viewer, tx);
    const account = await loadAccount(tx, input.facilitatorId);
    if (input.disabled && account.id === admin.facilitatorId) throw new AppError("INVALID_STATE", "cannotDisableSelf");
    if (input.disabled === (account.disabledAt !== null)) return;
    await tx.facilitator.update({ where: { id: account.id }, data: { disabledAt: input.disabled ? now : null } });
    if (input.disabled) {
      await revokeSessionsOf(tx, account.id, now);
      // Its unused reset links die with it.
      await tx.accountLink.updateMany({
        where: { kind: "reset", facilitatorId: account.id, usedAt: null, revokedAt: null },
        data: { revokedAt: now },
      });
      await assertAnAdministratorRemains(tx);
    }
    await recordAudit(
      viewer,
      {
        demarcheId: null,
        action: input.disabled ? "account.disable" : "account.enable",
        entityType: "Facilitator",
        entityId: account.id,
      },
      tx,
    );
  });
}
