import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireGroupOfFacilitator } from "@/server/demarches/demarche-access";
import { AppError } from "@/server/errors";

/** Withdraws the group's link and code at once; nobody can join the group until a new one is made. */
export async function revokeGroupInvitation(viewer: Viewer, input: { groupId: string }): Promise<{ revoked: number }> {
  return db.$transaction(async (tx) => {
    const { group } = await requireGroupOfFacilitator(viewer, input.groupId, tx);
    const active = await tx.invitation.findMany({
      where: { groupId: group.id, revokedAt: null },
      select: { id: true },
    });
    if (active.length === 0) throw new AppError("INVALID_STATE", "setup.noActiveInvitation");
    const now = new Date();
    await tx.invitation.updateMany({ where: { id: { in: active.map((a) => a.id) } }, data: { revokedAt: now } });
    for (const invitation of active) {
      await recordAudit(
        viewer,
        {
          demarcheId: group.demarcheId,
          action: "invitation.revoke",
          entityType: "Invitation",
          entityId: invitation.id,
          detail: { groupId: group.id },
        },
        tx,
      );
    }
    return { revoked: active.length };
  });
}
