import "server-only";
import type { FacilitatorViewer, Viewer } from "@/server/auth/viewer";
import type { Tx } from "@/server/db";
import { requireOpenDemarche } from "@/server/demarches/demarche-access";
import { AppError } from "@/server/errors";

/** "responsable" | "co" (DemarcheFacilitator.role). */
export type TeamRole = "responsable" | "co";

/**
 * The viewer is the facilitator responsible for this open démarche: only they
 * change who runs it (decision 021). A co-accompagnateur.trice is told they
 * may not (they know the démarche exists); anyone else gets NOT_FOUND.
 */
export async function requireResponsibleFacilitator(
  viewer: Viewer,
  demarcheId: string,
  client: Tx,
): Promise<{ facilitator: FacilitatorViewer; demarche: { id: string; name: string; phase: string } }> {
  const { facilitator, demarche } = await requireOpenDemarche(viewer, demarcheId, client);
  if ((await roleOf(facilitator.facilitatorId, demarche.id, client)) !== "responsable") {
    throw new AppError("FORBIDDEN", "team.responsibleOnly");
  }
  return { facilitator, demarche };
}

export async function roleOf(facilitatorId: string, demarcheId: string, client: Tx): Promise<TeamRole | null> {
  const row = await client.demarcheFacilitator.findUnique({
    where: { demarcheId_facilitatorId: { demarcheId, facilitatorId } },
    select: { role: true },
  });
  if (!row) return null;
  return row.role === "responsable" ? "responsable" : "co";
}
