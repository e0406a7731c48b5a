import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { assertTransition, loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";

/**
 * Closes the group's workshop: individual positions are frozen (nobody, not
 * even the facilitator on someone's behalf, changes them any more), so the
 * group's synthesis rests on stable figures. Can be reopened until released.
 */
export async function closeWorkshop(viewer: Viewer, input: { groupId: string }, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const { group } = await loadFacilitatorGroup(viewer, input.groupId, tx);
    assertTransition("close", group);
    await tx.group.update({ where: { id: group.id }, data: { workshopClosedAt: now } });
    await recordAudit(
      viewer,
      { demarcheId: group.demarcheId, action: "workshop.close", entityType: "Group", entityId: group.id },
      tx,
    );
    return { groupId: group.id, demarcheId: group.demarcheId, closedAt: now };
  });
}
