import "server-only";
import type { Phase } from "@/domain/vocabulary";
import { paperParticipantRefusal } from "@/domain/workshop";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";

/**
 * Adds a person who takes part without a device (or without wanting an
 * account): no code, no session; the facilitator types their positions in.
 * The person accepted the conditions d'engagement in the room; the consent is
 * recorded against the current version of the text, like anyone else's.
 */
export async function addPaperParticipant(viewer: Viewer, input: { groupId: string; displayName: string }) {
  return db.$transaction(async (tx) => {
    const { group } = await loadFacilitatorGroup(viewer, input.groupId, tx);
    const refusal = paperParticipantRefusal({
      phase: group.demarche.phase as Phase,
      workshopClosedAt: group.workshopClosedAt,
      releasedAt: group.releasedAt,
    });
    if (refusal) throw new AppError("INVALID_STATE", `workshop.paper.${refusal}`);
    const text = await tx.engagementText.findFirst({
      where: { demarcheId: group.demarcheId },
      orderBy: { version: "desc" },
      select: { id: true, version: true },
    });
    if (!text) throw new AppError("INVALID_STATE", "workshop.paper.noEngagementText");
    const participant = await tx.participant.create({
      data: {
        demarcheId: group.demarcheId,
        groupId: group.id,
        displayName: input.displayName,
        addedByFacilitator: true,
        consents: { create: { engagementTextId: text.id, purpose: "participation" } },
      },
      select: { id: true },
    });
    await recordAudit(
      viewer,
      {
        demarcheId: group.demarcheId,
        action: "participant.add-on-paper",
        entityType: "Participant",
        entityId: participant.id,
        detail: { groupId: group.id, engagementTextVersion: text.version },
      },
      tx,
    );
    return { groupId: group.id, demarcheId: group.demarcheId, participantId: participant.id };
  });
}
