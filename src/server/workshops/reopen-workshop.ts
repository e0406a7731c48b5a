import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { assertTransition, loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";

/** Reopens the individual positions (someone hesitated), as long as the group has not released its results. */
export async function reopenWorkshop(viewer: Viewer, input: { groupId: string }) {
  return db.$transaction(async (tx) => {
    const { group } = await loadFacilitatorGroup(viewer, input.groupId, tx);
    assertTransition("reopen", group);
    await tx.group.update({ where: { id: group.id }, data: { workshopClosedAt: null } });
    await recordAudit(
      viewer,
      { demarcheId: group.demarcheId, action: "workshop.reopen", entityType: "Group", entityId: group.id },
      tx,
    );
    return { groupId: group.id, demarcheId: group.demarcheId };
  });
}
