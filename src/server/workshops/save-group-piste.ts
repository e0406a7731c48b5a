import "server-only";
import type { PisteOrientation } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertGroupStepOpen, loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";

export type PisteInput = {
  groupId: string;
  pisteId?: string;
  orientation: PisteOrientation;
  title: string;
  description: string;
};

/**
 * Drafts one of the group's pistes de réflexion et d'action (consolider des
 * acquis / changer de cap), or edits one. A group's piste carries its groupId;
 * the plenary's pistes (no groupId) are not reachable from here.
 */
export async function saveGroupPiste(viewer: Viewer, input: PisteInput) {
  return db.$transaction(async (tx) => {
    const { group } = await loadFacilitatorGroup(viewer, input.groupId, tx);
    assertGroupStepOpen(group);
    const data = { orientation: input.orientation, title: input.title, description: input.description };
    let id: string;
    if (input.pisteId) {
      const existing = await tx.piste.findUnique({ where: { id: input.pisteId }, select: { groupId: true } });
      if (!existing || existing.groupId !== group.id) throw notFound();
      id = (await tx.piste.update({ where: { id: input.pisteId }, data, select: { id: true } })).id;
    } else {
      const last = await tx.piste.aggregate({ where: { groupId: group.id }, _max: { sortOrder: true } });
      id = (
        await tx.piste.create({
          data: {
            ...data,
            groupId: group.id,
            demarcheId: group.demarcheId,
            sortOrder: (last._max.sortOrder ?? -1) + 1,
          },
          select: { id: true },
        })
      ).id;
    }
    await recordAudit(
      viewer,
      {
        demarcheId: group.demarcheId,
        action: input.pisteId ? "group.piste.update" : "group.piste.create",
        entityType: "Piste",
        entityId: id,
        detail: { groupId: group.id, orientation: input.orientation },
      },
      tx,
    );
    return { groupId: group.id, demarcheId: group.demarcheId, pisteId: id };
  });
}
