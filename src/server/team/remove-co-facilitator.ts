import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TeamChangeInput } from "@/server/team/add-co-facilitator";
import { requireResponsibleFacilitator, roleOf } from "@/server/team/team-access";

/**
 * The responsible facilitator removes a co-accompagnateur.trice. Every
 * facilitator read and write checks DemarcheFacilitator (authz.ts), so the
 * colleague's access ends at their next request, their session untouched.
 * The responsible one cannot be removed: they hand the role over first.
 */
export async function removeCoFacilitator(viewer: Viewer, input: TeamChangeInput): Promise<{ facilitatorId: string }> {
  return db.$transaction(async (tx) => {
    const { demarche } = await requireResponsibleFacilitator(viewer, input.demarcheId, tx);
    const role = await roleOf(input.facilitatorId, demarche.id, tx);
    if (role !== "co") {
      throw new AppError("VALIDATION", "team.notCoFacilitator", {
        fieldErrors: { facilitatorId: "team.notCoFacilitator" },
      });
    }
    await tx.demarcheFacilitator.delete({
      where: { demarcheId_facilitatorId: { demarcheId: demarche.id, facilitatorId: input.facilitatorId } },
    });
    await recordAudit(
      viewer,
      { demarcheId: demarche.id, action: "team.remove", entityType: "Facilitator", entityId: input.facilitatorId },
      tx,
    );
    return { facilitatorId: input.facilitatorId };
  });
}
