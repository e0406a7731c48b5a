import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator, requireParticipantOfDemarche } from "@/server/authz";
import { db } from "@/server/db";
import { notFound, unauthenticated } from "@/server/errors";

/**
 * The démarche's public face (name, organisation, phase, dates), for its
 * facilitators and its own participants. Anyone else gets NOT_FOUND.
 */
export async function getDemarcheHeader(viewer: Viewer, demarcheId: string) {
  if (viewer.kind === "facilitator") await requireDemarcheFacilitator(viewer, demarcheId, db);
  else if (viewer.kind === "participant") requireParticipantOfDemarche(viewer, demarcheId);
  else if (viewer.kind === "report-link") {
    if (viewer.demarcheId !== demarcheId) throw notFound();
  } else throw unauthenticated();

  const demarche = await db.demarche.findUnique({
    where: { id: demarcheId },
    select: {
      id: true,
      name: true,
      context: true,
      phase: true,
      startDate: true,
      endDate: true,
      closedAt: true,
      archivedAt: true,
      isDemo: true,
      organisation: { select: { name: true } },
      interOrganisations: { orderBy: { side: "asc" }, select: { name: true } },
    },
  });
  if (!demarche) throw notFound();
  return demarche;
}
