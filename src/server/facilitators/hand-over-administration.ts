import "server-only";
import { ADMIN_ROLE } from "@/domain/accounts";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { inSerializableTransaction } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertAnAdministratorRemains, loadAccount, requireAdministrator } from "@/server/facilitators/account-access";

/**
 * The administrateur.trice hands the role to another active account and
 * becomes an accompagnateur.trice like the others. The rule that one active
 * administrateur.trice remains is checked after the change, in the same
 * serializable transaction (decision 020).
 */
export async function handOverAdministration(viewer: Viewer, input: { facilitatorId: string }): Promise<void> {
  await inSerializableTransaction(async (tx) => {
    const admin = await requireAdministrator(viewer, tx);
    const account = await loadAccount(tx, input.facilitatorId);
    if (account.id === admin.facilitatorId) throw new AppError("INVALID_STATE", "alreadyAdministrator");
    if (account.disabledAt) throw new AppError("INVALID_STATE", "accountDisabled");
    if (account.isDemo) throw new AppError("INVALID_STATE", "demoAccount");
    await tx.facilitator.update({ where: { id: account.id }, data: { role: ADMIN_ROLE } });
    await tx.facilitator.update({ where: { id: admin.facilitatorId }, data: { role: "accompagnateur" } });
    await assertAnAdministratorRemains(tx);
    await recordAudit(
      viewer,
      { demarcheId: null, action: "account.hand-over-administration", entityType: "Facilitator", entityId: account.id },
      tx,
    );
  });
}
