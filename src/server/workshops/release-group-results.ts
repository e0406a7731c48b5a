import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { assertTransition, loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";

/**
 * The group releases its results to the plenary: from now on the other groups
 * (and the mise en commun) see its group-level work. Releasing also closes
 * the workshop if it was open, because results that can still move are not
 * the group's results yet. Recorded in the audit log.
 */
export async function releaseGroupResults(viewer: Viewer, input: { groupId: string }, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const { group } = await loadFacilitatorGroup(viewer, input.groupId, tx);
    assertTransition("release", group);
    const closedAt = group.workshopClosedAt ?? now;
    await tx.group.update({ where: { id: group.id }, data: { releasedAt: now, workshopClosedAt: closedAt } });
    await recordAudit(
      viewer,
      {
        demarcheId: group.demarcheId,
        action: "group.release",
        entityType: "Group",
        entityId: group.id,
        detail: { closedWorkshop: group.workshopClosedAt === null },
      },
      tx,
    );
    return { groupId: group.id, demarcheId: group.demarcheId, releasedAt: now };
  });
}
