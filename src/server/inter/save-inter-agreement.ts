import "server-only";
import type { InterSide } from "@/domain/inter-organisations";
import { isReadOnlyPhase } from "@/domain/phases";
import type { PerMille } from "@/domain/position";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator, requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { triangleColumnsOf } from "@/server/positions/triangle-columns";

export type InterAgreementInput = {
  groupId: string;
  side: InterSide;
  current: PerMille;
  desired: PerMille;
  why: string;
  examples: string;
};

/**
 * Records what one workshop of an inter-organismes démarche agreed about one
 * organisation (decision 023): saving again replaces it. The group is loaded
 * first and the viewer must run its démarche (another facilitator's group is
 * NOT_FOUND); the organisation is looked up by side inside that same
 * démarche, never by an id from the client. An intra démarche's group, or a
 * closed démarche, is refused (INVALID_STATE).
 */
export async function saveInterAgreement(viewer: Viewer, input: InterAgreementInput) {
  requireFacilitator(viewer);
  return db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({
      where: { id: input.groupId },
      select: { id: true, kind: true, demarcheId: true, demarche: { select: { context: true, phase: true } } },
    });
    if (!group) throw notFound();
    await requireDemarcheFacilitator(viewer, group.demarcheId, tx);
    if (group.demarche.context !== "inter-organismes") throw new AppError("INVALID_STATE", "inter.notInter");
    if (isReadOnlyPhase(group.demarche.phase as Phase)) throw new AppError("INVALID_STATE", "setup.demarcheClosed");
    const organisation = await tx.interOrganisation.findUnique({
      where: { demarcheId_side: { demarcheId: group.demarcheId, side: input.side } },
      select: { id: true },
    });
    if (!organisation) throw notFound();
    const data = {
      ...triangleColumnsOf(input),
      why: input.why,
      examples: input.examples,
      savedById: viewer.kind === "facilitator" ? viewer.facilitatorId : null,
    };
    const saved = await tx.interAgreement.upsert({
      where: { groupId_interOrganisationId: { groupId: group.id, interOrganisationId: organisation.id } },
      create: { groupId: group.id, interOrganisationId: organisation.id, demarcheId: group.demarcheId, ...data },
      update: data,
      select: { updatedAt: true },
    });
    await recordAudit(
      viewer,
      {
        demarcheId: group.demarcheId,
        action: "inter.agreement.save",
        entityType: "InterAgreement",
        entityId: group.id,
        detail: { side: input.side },
      },
      tx,
    );
    return { demarcheId: group.demarcheId, groupId: group.id, side: input.side, savedAt: saved.updatedAt };
  });
}
