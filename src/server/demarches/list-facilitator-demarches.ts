import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";

/** The démarches this facilitator runs, newest first; never anyone else's. */
export async function listFacilitatorDemarches(viewer: Viewer) {
  const facilitator = requireFacilitator(viewer);
  return db.demarche.findMany({
    where: { facilitators: { some: { facilitatorId: facilitator.facilitatorId } } },
    orderBy: { startDate: "desc" },
    select: {
      id: true,
      name: true,
      phase: true,
      startDate: true,
      endDate: true,
      isDemo: true,
      organisation: { select: { name: true } },
      _count: { select: { participants: { where: { withdrawnAt: null, admittedAt: { not: null } } }, groups: true } },
    },
  });
}
