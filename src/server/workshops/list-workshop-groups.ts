import "server-only";
import { effectiveMinSize } from "@/domain/group-disclosure";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { COUNTED_ANSWER_OWNER, COUNTED_MEMBER } from "@/server/workshops/group-figures";

/**
 * The facilitator's overview of the ateliers of a démarche: per group, how
 * many people, how many confirmed answers, and where its workshop stands.
 * Counts only: names are on each group's page.
 */
export async function listWorkshopGroups(viewer: Viewer, demarcheId: string) {
  await requireDemarcheFacilitator(viewer, demarcheId, db);
  const demarche = await db.demarche.findUnique({
    where: { id: demarcheId },
    select: {
      id: true,
      name: true,
      phase: true,
      groups: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          label: true,
          kind: true,
          minSize: true,
          workshopClosedAt: true,
          releasedAt: true,
          agreement: { select: { groupId: true } },
          _count: {
            select: {
              // Members are admitted people (decision 013).
              participants: { where: COUNTED_MEMBER },
              conditions: true,
              pistes: true,
            },
          },
        },
      },
    },
  });
  if (!demarche) throw notFound();
  const statuses = await db.position.groupBy({
    by: ["groupId", "status"],
    // Only admitted people's answers count (decision 013).
    where: { demarcheId, participant: COUNTED_ANSWER_OWNER },
    _count: { _all: true },
  });
  const count = (groupId: string, status: string) =>
    statuses.find((s) => s.groupId === groupId && s.status === status)?._count._all ?? 0;
  return {
    id: demarche.id,
    name: demarche.name,
    phase: demarche.phase as Phase,
    groups: demarche.groups.map((g) => ({
      id: g.id,
      label: g.label,
      kind: g.kind,
      minSize: effectiveMinSize(g.minSize),
      workshopClosedAt: g.workshopClosedAt,
      releasedAt: g.releasedAt,
      hasAgreement: g.agreement !== null,
      members: g._count.participants,
      conditions: g._count.conditions,
      pistes: g._count.pistes,
      submitted: count(g.id, "submitted"),
      drafts: count(g.id, "draft"),
    })),
  };
}
