import "server-only";
import { canChangeGroups } from "@/domain/phases";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { assertIntraContext, requireGroupOfFacilitator } from "@/server/demarches/demarche-access";
import { AppError } from "@/server/errors";

/**
 * Removes a group nobody has joined (not even someone who later withdrew),
 * with its invitations and its atelier. An atelier that already has a
 * compte rendu is kept, as a meeting of no particular group.
 */
export async function removeGroup(viewer: Viewer, input: { groupId: string }): Promise<{ removed: true }> {
  return db.$transaction(async (tx) => {
    const { group, demarche } = await requireGroupOfFacilitator(viewer, input.groupId, tx);
    // An inter démarche's two workshops are fixed: a removed one could not be added back (decision 023).
    assertIntraContext(demarche);
    if (!canChangeGroups(demarche.phase)) throw new AppError("INVALID_STATE", "setup.groupsLocked");
    if ((await tx.participant.count({ where: { groupId: group.id } })) > 0) {
      throw new AppError("CONFLICT", "setup.groupNotEmpty");
    }
    await tx.meeting.deleteMany({ where: { groupId: group.id, kind: "atelier", minutes: "" } });
    await tx.meeting.updateMany({ where: { groupId: group.id }, data: { kind: "autre", groupId: null } });
    await tx.group.delete({ where: { id: group.id } });
    await recordAudit(
      viewer,
      {
        demarcheId: group.demarcheId,
        action: "group.remove",
        entityType: "Group",
        entityId: group.id,
        detail: { kind: group.kind },
      },
      tx,
    );
    return { removed: true as const };
  });
}
