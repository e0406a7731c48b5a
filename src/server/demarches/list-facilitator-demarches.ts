import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { COUNTED_MEMBER } from "@/server/workshops/group-figures";

/**
 * Which démarches a list shows (decision 021, addendum): by default those in
 * the list, the archived ones left out; `true` the archived ones alone;
 * `"all"` both (the incident register: an incident may concern any).
 */
export type ArchivedFilter = boolean | "all";

/** The démarches this facilitator runs, newest first; never anyone else's. */
export async function listFacilitatorDemarches(viewer: Viewer, options: { archived?: ArchivedFilter } = {}) {
  const facilitator = requireFacilitator(viewer);
  const archived = options.archived ?? false;
  return db.demarche.findMany({
    where: {
      facilitators: { some: { facilitatorId: facilitator.facilitatorId } },
      ...(archived === "all" ? {} : { archivedAt: archived ? { not: null } : null }),
    },
    orderBy: { startDate: "desc" },
    select: {
      id: true,
      name: true,
      phase: true,
      startDate: true,
      endDate: true,
      isDemo: true,
      archivedAt: true,
      organisation: { select: { name: true } },
      _count: { select: { participants: { where: COUNTED_MEMBER }, groups: true } },
    },
  });
}

/** How many démarches this facilitator runs are archived: the list links to them. */
export async function countArchivedDemarches(viewer: Viewer): Promise<number> {
  const facilitator = requireFacilitator(viewer);
  return db.demarche.count({
    where: { facilitators: { some: { facilitatorId: facilitator.facilitatorId } }, archivedAt: { not: null } },
  });
}
