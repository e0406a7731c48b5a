import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { requireResponsibleFacilitator, roleOf } from "@/server/team/team-access";

export type TeamChangeInput = { demarcheId: string; facilitatorId: string };

const noSuchColleague = () =>
  new AppError("VALIDATION", "team.unknownColleague", { fieldErrors: { facilitatorId: "team.unknownColleague" } });

/**
 * The responsible facilitator adds a colleague of the instance (any active
 * facilitator account) as co-accompagnateur.trice: from then on the colleague
 * can do everything on this démarche except remove the responsible one
 * (decision 021).
 */
export async function addCoFacilitator(viewer: Viewer, input: TeamChangeInput): Promise<{ facilitatorId: string }> {
  return db.$transaction(async (tx) => {
    const { demarche } = await requireResponsibleFacilitator(viewer, input.demarcheId, tx);
    const colleague = await tx.facilitator.findUnique({
      where: { id: input.facilitatorId },
      select: { id: true, disabledAt: true },
    });
    if (!colleague || colleague.disabledAt) throw noSuchColleague();
    if (await roleOf(colleague.id, demarche.id, tx)) {
      throw new AppError("CONFLICT", "team.alreadyMember", { fieldErrors: { facilitatorId: "team.alreadyMember" } });
    }
    await tx.demarcheFacilitator.create({ data: { demarcheId: demarche.id, facilitatorId: colleague.id, role: "co" } });
    await recordAudit(
      viewer,
      {
        demarcheId: demarche.id,
        action: "team.add",
        entityType: "Facilitator",
        entityId: colleague.id,
        detail: { role: "co" },
      },
      tx,
    );
    return { facilitatorId: colleague.id };
  });
}
