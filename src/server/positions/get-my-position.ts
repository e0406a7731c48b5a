import "server-only";
import type { Phase } from "@/domain/vocabulary";
import { positionEditRefusal } from "@/domain/workshop";
import { EMPTY_ANSWERS } from "@/lib/schemas/workshop";
import type { Viewer } from "@/server/auth/viewer";
import { requireParticipant } from "@/server/authz";
import { sql } from "@/server/db";
import { answersOf, loadPositionOwner } from "@/server/positions/position-access";

/**
 * The participant's own three-step positioning, with what the form needs
 * around it (the mandates' descriptions, whether it can still change). Only
 * the person's own row: the query is keyed by the session's participant.
 */
export async function getMyPosition(viewer: Viewer) {
  const participant = requireParticipant(viewer);
  const owner = await loadPositionOwner(sql, participant.participantId);
  const row = owner.position;
  return {
    participantId: owner.id,
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
    /** When a facilitator last changed answers this person had confirmed themself (decision 014). */
    editedOnBehalfAt: row?.editedOnBehalfAt ?? null,
    editRefusal: positionEditRefusal({
      phase: owner.demarche.phase as Phase,
      workshopClosedAt: owner.group.workshopClosedAt,
      releasedAt: owner.group.releasedAt,
    }),
  };
}
