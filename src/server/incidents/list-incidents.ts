import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";

/** Incidents of the démarches this facilitator runs, and those they recorded themselves. */
export async function listIncidents(viewer: Viewer) {
  const facilitator = requireFacilitator(viewer);
  return db.confidentialityIncident.findMany({
    where: {
      OR: [
        { demarche: { facilitators: { some: { facilitatorId: facilitator.facilitatorId } } } },
        { createdById: facilitator.facilitatorId },
      ],
    },
    orderBy: { discoveredAt: "desc" },
    select: {
      id: true,
      occurredAt: true,
      discoveredAt: true,
      description: true,
      peopleConcerned: true,
      riskOfSeriousInjury: true,
      measures: true,
      reportedToCai: true,
      createdAt: true,
      demarche: { select: { name: true } },
    },
  });
}
