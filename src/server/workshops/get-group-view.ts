import "server-only";
import type { Phase } from "@/domain/vocabulary";
import { groupStepRefusal, positionEditRefusal } from "@/domain/workshop";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator, requireParticipantOfGroup } from "@/server/authz";
import { db } from "@/server/db";
import { notFound, unauthenticated } from "@/server/errors";
import {
  COUNTED_MEMBER,
  figuresForParticipants,
  type FiguresAudience,
  loadGroupFigures,
} from "@/server/workshops/group-figures";

/**
 * A group's own view of its atelier: the anonymous distribution of its
 * confirmed positions (cloud, centroid, dispersion, reasons and examples
 * without names, only when the group is reportable), and its collective work
 * (agreed position, conditions, pistes).
 *
 * Who: the facilitators of the démarche (on their screen, or projected for
 * the room: `projected`), and the group's own admitted participants, who see the same anonymous material once the
 * group is reportable and its collective work once it is showable. Nobody
 * else, whatever the release: other groups read released results through
 * listReleasedGroupResults.
 */
export async function getGroupView(viewer: Viewer, groupId: string, options: { projected?: boolean } = {}) {
  if (viewer.kind === "anonymous") throw unauthenticated();
  if (viewer.kind === "participant") requireParticipantOfGroup(viewer, groupId);
  else if (viewer.kind !== "facilitator") throw notFound();

  const group = await db.group.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      kind: true,
      label: true,
      minSize: true,
      workshopClosedAt: true,
      releasedAt: true,
      demarcheId: true,
      demarche: {
        select: {
          name: true,
          phase: true,
          mandateExpertiseText: true,
          mandateRepresentationText: true,
          mandateParticipationText: true,
        },
      },
      _count: { select: { participants: { where: COUNTED_MEMBER } } },
    },
  });
  if (!group) throw notFound();
  if (viewer.kind === "facilitator") await requireDemarcheFacilitator(viewer, group.demarcheId, db);

  // The room reads the projected screen and the members read their pages:
  // both are the group's audience (decision 013); a participant's page waits
  // for the frozen answers, so a figure cannot be differenced over time.
  const reader: FiguresAudience =
    viewer.kind === "participant"
      ? { audience: "group", frozen: group.workshopClosedAt !== null }
      : { audience: options.projected ? "group" : "facilitator", frozen: true };
  const figures = await loadGroupFigures(db, group, reader);
  const state = {
    phase: group.demarche.phase as Phase,
    workshopClosedAt: group.workshopClosedAt,
    releasedAt: group.releasedAt,
  };
  const refusal = groupStepRefusal(state);
  return {
    audience: viewer.kind,
    group: {
      id: group.id,
      label: group.label,
      kind: group.kind,
      minSize: group.minSize,
      members: group._count.participants,
      workshopClosedAt: group.workshopClosedAt,
      releasedAt: group.releasedAt,
    },
    demarche: {
      id: group.demarcheId,
      name: group.demarche.name,
      phase: state.phase,
      mandateTexts: {
        expertise: group.demarche.mandateExpertiseText,
        representation: group.demarche.mandateRepresentationText,
        participation: group.demarche.mandateParticipationText,
      },
    },
    positionRefusal: positionEditRefusal(state),
    groupStepRefusal: refusal,
    // The projected screen shows a group's collective work while the group
    // settles it in the room (its own workshop, not yet released); after
    // that, the room sees what the group's participants see: nothing of a
    // group too small to show (issue 15).
    figures: viewer.kind === "facilitator" && refusal === null ? figures : figuresForParticipants(figures),
  };
}

export type GroupView = Awaited<ReturnType<typeof getGroupView>>;
