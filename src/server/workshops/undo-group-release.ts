import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { assertTransition, loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";

/**
 * Takes a release back (the group wants to rework something). Only while the
 * démarche is still in its ateliers: once the mise en commun has started the
 * plenary has read the results. The workshop stays closed; the facilitator
 * reopens it separately if positions must change.
 */
export async function undoGroupRelease(viewer: Viewer, input: { groupId: string }) {
  return db.$transaction(async (tx) => {
    const { group } = await loadFacilitatorGroup(viewer, input.groupId, tx);
    assertTransition("undoRelease", group);
    await tx.group.update({ where: { id: group.id }, data: { releasedAt: null } });
    await recordAudit(
      viewer,
      {
        demarcheId: group.demarcheId,
        action: "group.release.undo",
        entityType: "Group",
        entityId: group.id,
        detail: { releasedAt: group.releasedAt?.toISOString() ?? null },
      },
      tx,
    );
    return { groupId: group.id, demarcheId: group.demarcheId };
  });
}
