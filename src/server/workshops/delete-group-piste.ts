import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertGroupStepOpen, loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";

/** Removes one of the group's draft pistes (after a confirmation in the interface). */
export async function deleteGroupPiste(viewer: Viewer, input: { pisteId: string }) {
  requireFacilitator(viewer);
  return db.$transaction(async (tx) => {
    const piste = await tx.piste.findUnique({ where: { id: input.pisteId }, select: { id: true, groupId: true } });
    // A plenary piste (no group) is not a group's draft: not reachable from here.
    if (!piste || piste.groupId === null) throw notFound();
    const { group } = await loadFacilitatorGroup(viewer, piste.groupId, tx);
    assertGroupStepOpen(group);
    await tx.piste.delete({ where: { id: piste.id } });
    await recordAudit(
      viewer,
      {
        demarcheId: group.demarcheId,
        action: "group.piste.delete",
        entityType: "Piste",
        entityId: piste.id,
        detail: { groupId: group.id },
      },
      tx,
    );
    return { groupId: group.id, demarcheId: group.demarcheId };
  });
}
