import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertGroupStepOpen, loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";

/** Removes one of the group's conditions (after a confirmation in the interface). */
export async function deleteGroupCondition(viewer: Viewer, input: { conditionId: string }) {
  requireFacilitator(viewer);
  return db.$transaction(async (tx) => {
    const condition = await tx.groupCondition.findUnique({
      where: { id: input.conditionId },
      select: { id: true, groupId: true, kind: true },
    });
    if (!condition) throw notFound();
    const { group } = await loadFacilitatorGroup(viewer, condition.groupId, tx);
    assertGroupStepOpen(group);
    await tx.groupCondition.delete({ where: { id: condition.id } });
    await recordAudit(
      viewer,
      {
        demarcheId: group.demarcheId,
        action: "group.condition.delete",
        entityType: "GroupCondition",
        entityId: condition.id,
        detail: { groupId: group.id, kind: condition.kind },
      },
      tx,
    );
    return { groupId: group.id, demarcheId: group.demarcheId };
  });
}
