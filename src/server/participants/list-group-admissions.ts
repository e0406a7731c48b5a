import "server-only";
import { admissionWarnings } from "@/domain/admission";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";

/**
 * For the facilitator (names are theirs only, never projected): who is
 * waiting to be let into a group, when they joined, and whether someone of
 * the démarche has the same name or joined from the same browser; and the
 * group's admitted people, for remove, move, merge and rename (decision 013).
 */
export async function listGroupAdmissions(viewer: Viewer, groupId: string) {
  const client = db;
  const { group } = await loadFacilitatorGroup(viewer, groupId, client);
  const [people, groups] = await Promise.all([
    client.participant.findMany({
      where: { demarcheId: group.demarcheId, withdrawnAt: null },
      orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        displayName: true,
        groupId: true,
        joinedAt: true,
        admittedAt: true,
        addedByFacilitator: true,
        deviceHash: true,
        position: { select: { status: true } },
      },
    }),
    client.group.findMany({
      where: { demarcheId: group.demarcheId },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true, label: true, workshopClosedAt: true },
    }),
  ]);
  const mine = people.filter((p) => p.groupId === group.id);
  const warnings = admissionWarnings(mine, people);
  const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
  const groupOf = new Map(people.map((p) => [p.id, p.groupId]));
  const labelOf = new Map(groups.map((g) => [g.id, g.label]));
  const describe = (ids: string[]) =>
    ids.map((id) => ({ id, displayName: nameOf.get(id) ?? "", groupLabel: labelOf.get(groupOf.get(id) ?? "") ?? "" }));
  const entries = mine.map((p) => {
    const w = warnings.get(p.id) ?? { sameName: [], sameBrowser: [] };
    return {
      id: p.id,
      displayName: p.displayName,
      joinedAt: p.joinedAt,
      admittedAt: p.admittedAt,
      addedByFacilitator: p.addedByFacilitator,
      confirmed: p.position?.status === "submitted",
      sameName: describe(w.sameName),
      sameBrowser: describe(w.sameBrowser),
    };
  });
  return {
    group: { id: group.id, label: group.label, demarcheId: group.demarcheId, releasedAt: group.releasedAt },
    waiting: entries.filter((e) => e.admittedAt === null),
    admitted: entries.filter((e) => e.admittedAt !== null),
    /** Where a person who has not confirmed may be moved: the démarche's other open groups. */
    moveTargets: groups.filter((g) => g.id !== group.id && g.workshopClosedAt === null).map((g) => ({ id: g.id, label: g.label })),
  };
}

export type GroupAdmissions = Awaited<ReturnType<typeof listGroupAdmissions>>;
