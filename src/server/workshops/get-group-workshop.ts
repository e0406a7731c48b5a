import "server-only";
import type { Phase } from "@/domain/vocabulary";
import { groupStepRefusal, paperParticipantRefusal, positionEditRefusal } from "@/domain/workshop";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { facilitatorNames } from "@/server/team/facilitator-names";
import { loadFacilitatorGroup } from "@/server/workshops/load-facilitator-group";
import { COUNTED_MEMBER } from "@/server/workshops/group-figures";

/**
 * The facilitator's page for one group's atelier: the people (names are for
 * the facilitator only), where each one's answers stand, and the workshop's
 * state. Never the content of anyone's answers.
 */
export async function getGroupWorkshop(viewer: Viewer, groupId: string) {
  const { group } = await loadFacilitatorGroup(viewer, groupId, db);
  const [participants, engagementText] = await Promise.all([
    db.participant.findMany({
      // People waiting for admission are listed by listGroupAdmissions, not here (decision 013).
      where: { groupId: group.id, ...COUNTED_MEMBER },
      orderBy: [{ displayName: "asc" }, { joinedAt: "asc" }],
      select: {
        id: true,
        displayName: true,
        addedByFacilitator: true,
        position: { select: { status: true, enteredById: true, submittedAt: true, updatedAt: true } },
      },
    }),
    // The version read aloud to someone added without a device.
    db.engagementText.findFirst({
      where: { demarcheId: group.demarcheId },
      orderBy: { version: "desc" },
      select: { id: true, version: true },
    }),
  ]);
  const names = await facilitatorNames(
    participants.map((p) => p.position?.enteredById),
    db,
  );
  const state = {
    phase: group.demarche.phase as Phase,
    workshopClosedAt: group.workshopClosedAt,
    releasedAt: group.releasedAt,
  };
  return {
    group: {
      id: group.id,
      label: group.label,
      minSize: group.minSize,
      workshopClosedAt: group.workshopClosedAt,
      releasedAt: group.releasedAt,
      demarcheId: group.demarcheId,
    },
    demarche: { id: group.demarcheId, name: group.demarche.name, phase: state.phase },
    positionRefusal: positionEditRefusal(state),
    groupStepRefusal: groupStepRefusal(state),
    paperRefusal: paperParticipantRefusal(state),
    engagementText,
    participants: participants.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      addedByFacilitator: p.addedByFacilitator,
      status: (p.position?.status ?? "none") as "none" | "draft" | "submitted",
      enteredByFacilitator: p.position?.enteredById != null,
      /** Which facilitator typed them in (the démarche's facilitators see each other's names). */
      enteredByName: p.position?.enteredById ? (names.get(p.position.enteredById) ?? null) : null,
      updatedAt: p.position?.updatedAt ?? null,
    })),
  };
}
