import "server-only";
import type { Phase } from "@/domain/vocabulary";
import { positionEditRefusal } from "@/domain/workshop";
import { EMPTY_ANSWERS } from "@/lib/schemas/workshop";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator, requireFacilitator } from "@/server/authz";
import { db, sql } from "@/server/db";
import { answersOf, confirmedByThePerson, loadPositionOwner } from "@/server/positions/position-access";
import { facilitatorNames } from "@/server/team/facilitator-names";

/**
 * A person's answers, for the facilitator who types them in on their behalf
 * (a paper worksheet, someone without a device). Only the facilitators of
 * the person's démarche; anyone else gets NOT_FOUND.
 */
export async function getPositionForEntry(viewer: Viewer, participantId: string) {
  requireFacilitator(viewer);
  const owner = await loadPositionOwner(sql, participantId);
  await requireDemarcheFacilitator(viewer, owner.demarcheId, db);
  const row = owner.position;
  const names = await facilitatorNames([row?.enteredById], db);
  return {
    participantId: owner.id,
    displayName: owner.displayName,
    addedByFacilitator: owner.addedByFacilitator,
    demarcheId: owner.demarcheId,
    groupId: owner.group.id,
    groupLabel: owner.group.label,
    demarcheName: owner.demarche.name,
    mandateTexts: {
      expertise: owner.demarche.mandateExpertiseText,
      representation: owner.demarche.mandateRepresentationText,
      participation: owner.demarche.mandateParticipationText,
    },
    answers: row ? answersOf(row) : EMPTY_ANSWERS,
    status: (row?.status ?? "draft") as "draft" | "submitted",
    submittedAt: row?.submittedAt ?? null,
    updatedAt: row?.updatedAt ?? null,
    enteredByFacilitator: row?.enteredById != null,
    /** Which facilitator last typed them in, named for the démarche's facilitators (decision 021). */
    enteredByName: row?.enteredById ? (names.get(row.enteredById) ?? null) : null,
    /** The person confirmed these answers themself: changing them needs the facilitator's say-so. */
    confirmedByPerson: confirmedByThePerson(row),
    editRefusal: positionEditRefusal({
      phase: owner.demarche.phase as Phase,
      workshopClosedAt: owner.group.workshopClosedAt,
      releasedAt: owner.group.releasedAt,
    }),
  };
}
