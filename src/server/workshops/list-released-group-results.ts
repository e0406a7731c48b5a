import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireParticipant } from "@/server/authz";
import { db } from "@/server/db";
import { figuresForParticipants, loadGroupFigures } from "@/server/workshops/group-figures";

/**
 * The other groups' results that have reached the plenary, for a
 * participant: only groups of their own démarche that have released, and of
 * those only the group-level work (positions, conditions, pistes), never the
 * anonymous individual material (cloud, reasons), which stays in the group.
 * A group that has not released does not appear at all.
 */
export async function listReleasedGroupResults(viewer: Viewer) {
  const participant = requireParticipant(viewer);
  // Every group, in the order the report uses: a group's rank there is its
  // chart style (same colour and marker as on the plenary and report charts).
  const all = await db.group.findMany({
    where: { demarcheId: participant.demarcheId },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: { id: true, kind: true, label: true, minSize: true, releasedAt: true },
  });
  const results = [];
  for (const [styleIndex, group] of all.entries()) {
    if (group.releasedAt === null || group.id === participant.groupId) continue;
    // Released means closed: frozen answers, read by other groups' members.
    const figures = figuresForParticipants(await loadGroupFigures(db, group, { audience: "group", frozen: true }));
    results.push({
      id: group.id,
      label: group.label,
      styleIndex,
      releasedAt: group.releasedAt,
      minSize: group.minSize,
      showable: figures.workShowable,
      synthesis: {
        n: figures.synthesis.n,
        reportable: figures.synthesis.reportable,
        current: figures.synthesis.current,
        desired: figures.synthesis.desired,
        gap: figures.synthesis.gap,
        orientation: figures.synthesis.orientation,
      },
      agreement: figures.agreement,
      conditions: figures.conditions,
      pistes: figures.pistes,
    });
  }
  return results;
}
