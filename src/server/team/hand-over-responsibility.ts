import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { TeamChangeInput } from "@/server/team/add-co-facilitator";
import { requireResponsibleFacilitator, roleOf } from "@/server/team/team-access";

/**
 * The responsible facilitator hands the role to a co-accompagnateur.trice
 * and stays on the démarche as co-accompagnateur.trice: a démarche always has
 * exactly one responsible facilitator.
 */
export async function handOverResponsibility(
  viewer: Viewer,
  input: TeamChangeInput,
): Promise<{ facilitatorId: string }> {
  return db.$transaction(async (tx) => {
    const { facilitator, demarche } = await requireResponsibleFacilitator(viewer, input.demarcheId, tx);
    if ((await roleOf(input.facilitatorId, demarche.id, tx)) !== "co") {
      throw new AppError("VALIDATION", "team.notCoFacilitator", {
        fieldErrors: { facilitatorId: "team.notCoFacilitator" },
      });
    }
    const target = await tx.facilitator.findUnique({ where: { id: input.facilitatorId }, select: { disabledAt: true } });
    if (!target || target.disabledAt) {
      throw new AppError("VALIDATION", "team.unknownColleague", {
        fieldErrors: { facilitatorId: "team.unknownColleague" },
      });
    }
    const key = (facilitatorId: string) => ({ demarcheId_facilitatorId: { demarcheId: demarche.id, facilitatorId } });
    await tx.demarcheFacilitator.update({ where: key(facilitator.facilitatorId), data: { role: "co" } });
    await tx.demarcheFacilitator.update({ where: key(input.facilitatorId), data: { role: "responsable" } });
    await recordAudit(
      viewer,
      {
        demarcheId: demarche.id,
        action: "team.hand-over",
        entityType: "Facilitator",
        entityId: input.facilitatorId,
        detail: { from: facilitator.facilitatorId },
      },
      tx,
    );
    return { facilitatorId: input.facilitatorId };
  });
}
