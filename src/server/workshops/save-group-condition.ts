import "server-only";
import type { ConditionKind } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { assertGroupStepOpen, loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";

export type ConditionInput = {
  groupId: string;
  conditionId?: string;
  kind: ConditionKind;
  theme: string;
  text: string;
};

/**
 * Adds a condition that hinders or supports the desired direction, with the
 * short theme the group gives it (themes named by several groups become
 * shared conditions at the mise en commun), or edits one of the group's own.
 */
export async function saveGroupCondition(viewer: Viewer, input: ConditionInput) {
  return db.$transaction(async (tx) => {
    const { group } = await loadFacilitatorGroup(viewer, input.groupId, tx);
    assertGroupStepOpen(group);
    const data = { kind: input.kind, theme: input.theme, text: input.text };
    let id: string;
    if (input.conditionId) {
      const existing = await tx.groupCondition.findUnique({
        where: { id: input.conditionId },
        select: { groupId: true },
      });
      // Authorised against the loaded row: a condition of another group is not found.
      if (!existing || existing.groupId !== group.id) throw notFound();
      id = (await tx.groupCondition.update({ where: { id: input.conditionId }, data, select: { id: true } })).id;
    } else {
      const last = await tx.groupCondition.aggregate({ where: { groupId: group.id }, _max: { sortOrder: true } });
      id = (
        await tx.groupCondition.create({
          data: { ...data, groupId: group.id, sortOrder: (last._max.sortOrder ?? -1) + 1 },
          select: { id: true },
        })
      ).id;
    }
    await recordAudit(
      viewer,
      {
        demarcheId: group.demarcheId,
        action: input.conditionId ? "group.condition.update" : "group.condition.create",
        entityType: "GroupCondition",
        entityId: id,
        detail: { groupId: group.id, kind: input.kind },
      },
      tx,
    );
    return { groupId: group.id, demarcheId: group.demarcheId, conditionId: id };
  });
}
