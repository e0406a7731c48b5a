import "server-only";
import type { Phase } from "@/domain/vocabulary";
import { paperParticipantRefusal } from "@/domain/workshop";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { assertIntraContext, requireGroupOfFacilitator } from "@/server/demarches/demarche-access";
import { AppError } from "@/server/errors";

/**
 * Adds someone without a device to a group: the facilitator records the
 * display name and that the person consented orally to the current version
 * of the conditions (Consent.recordedById says who recorded it). Such a
 * participant has no session and no return code; the facilitator enters
 * their work on their behalf. Used from the groups page and from a group's
 * atelier page alike.
 */
export async function addParticipantByHand(
  viewer: Viewer,
  input: { groupId: string; displayName: string; engagementTextId: string },
): Promise<{ participantId: string; groupId: string; demarcheId: string }> {
  return db.$transaction(async (tx) => {
    const { group, demarche, facilitator } = await requireGroupOfFacilitator(viewer, input.groupId, tx);
    assertIntraContext(demarche);
    // The same rule the atelier page uses to offer the form: before the
    // mise en commun, and only while the group's workshop is open.
    const refusal = paperParticipantRefusal({
      phase: demarche.phase as Phase,
      workshopClosedAt: group.workshopClosedAt,
      releasedAt: group.releasedAt,
    });
    if (refusal) throw new AppError("INVALID_STATE", `invitation.${refusal}`);
    const current = await tx.engagementText.findFirst({
      where: { demarcheId: demarche.id },
      orderBy: { version: "desc" },
      select: { id: true, version: true },
    });
    // The person agreed to the text that was read to them; if it changed meanwhile, read it again.
    if (!current || current.id !== input.engagementTextId) throw new AppError("CONFLICT", "engagementTextChanged");

    const participant = await tx.participant.create({
      data: {
        demarcheId: demarche.id,
        groupId: group.id,
        displayName: input.displayName,
        addedByFacilitator: true,
        // The facilitator knows who they are adding: admitted from the start.
        admittedAt: new Date(),
        consents: {
          create: { engagementTextId: current.id, purpose: "participation", recordedById: facilitator.facilitatorId },
        },
      },
      select: { id: true },
    });
    await recordAudit(
      viewer,
      {
        demarcheId: demarche.id,
        action: "participant.add-by-hand",
        entityType: "Participant",
        entityId: participant.id,
        detail: { groupId: group.id, engagementTextVersion: current.version, consent: "oral" },
      },
      tx,
    );
    return { participantId: participant.id, groupId: group.id, demarcheId: demarche.id };
  });
}
