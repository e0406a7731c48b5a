import "server-only";
import { JOINABLE_PHASES } from "@/domain/joining";
import { mandatesToDescribe } from "@/domain/mandate-texts";
import { defaultTextInEveryLanguage } from "@/i18n/default-texts";
import { checkAdvance, checkStepBack, isReadOnlyPhase } from "@/domain/phases";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { requireDemarcheForRead } from "@/server/demarches/demarche-access";
import { loadCalendar } from "@/server/meetings/load-calendar";
import { loadPhaseSnapshot } from "@/server/phases/load-phase-snapshot";
import { COUNTED_MEMBER } from "@/server/workshops/group-figures";

/**
 * The facilitator's dashboard: where the démarche stands, what blocks the
 * next phase, the next meeting, each group's numbers and invitation, and
 * what to do next.
 */
export async function getDemarcheDashboard(viewer: Viewer, demarcheId: string, now: Date = new Date()) {
  const { demarche } = await requireDemarcheForRead(viewer, demarcheId, db);
  const [snapshot, calendar, details, invitations, participantCount] = await Promise.all([
    loadPhaseSnapshot(demarche.id, db),
    loadCalendar(demarche.id, db),
    db.demarche.findUniqueOrThrow({
      where: { id: demarche.id },
      select: {
        isDemo: true,
        closedAt: true,
        archivedAt: true,
        anonymisedAt: true,
        mandateExpertiseText: true,
        mandateRepresentationText: true,
        mandateParticipationText: true,
        organisation: { select: { name: true } },
        engagementTexts: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
      },
    }),
    db.invitation.findMany({
      where: { demarcheId: demarche.id, revokedAt: null, expiresAt: { gt: now } },
      select: { groupId: true, expiresAt: true },
    }),
    db.participant.count({ where: { demarcheId: demarche.id, ...COUNTED_MEMBER } }),
  ]);
  const openInvitation = new Map(invitations.map((i) => [i.groupId, i.expiresAt]));
  const nextMeeting =
    calendar.meetings
      .filter((m) => m.startsAt && m.startsAt >= now)
      .sort((a, b) => a.startsAt!.getTime() - b.startsAt!.getTime())[0] ?? null;

  return {
    demarche: {
      id: demarche.id,
      name: demarche.name,
      organisationName: details.organisation.name,
      phase: demarche.phase,
      startDate: demarche.startDate,
      endDate: demarche.endDate,
      isDemo: details.isDemo,
      closedAt: details.closedAt,
      /** Out of the default list of démarches (decision 021, addendum); still read and exported. */
      archivedAt: details.archivedAt,
      /** Retention erased the names (closed démarche): the headcounts are no longer a target. */
      anonymisedAt: details.anonymisedAt,
      readOnly: isReadOnlyPhase(demarche.phase),
      /** People may still join (invitations matter) only before the mise en commun. */
      joinable: JOINABLE_PHASES.includes(demarche.phase),
      engagementVersion: details.engagementTexts[0]?.version ?? null,
      participantCount,
    },
    groups: snapshot.groups.map((g) => ({
      ...g,
      invitationExpiresAt: openInvitation.get(g.id) ?? null,
    })),
    /** Before the ateliers: the mandates whose description still says nothing to a participant (a reminder, never a blocker). */
    mandatesToDescribe:
      demarche.phase === "preparation"
        ? mandatesToDescribe(
            {
              expertise: details.mandateExpertiseText,
              representation: details.mandateRepresentationText,
              participation: details.mandateParticipationText,
            },
            defaultTextInEveryLanguage("mandateText"),
          )
        : [],
    advance: checkAdvance(snapshot),
    stepBack: checkStepBack(snapshot),
    nextMeeting: nextMeeting
      ? { id: nextMeeting.id, title: nextMeeting.title, startsAt: nextMeeting.startsAt!, place: nextMeeting.place }
      : null,
    meetingCount: calendar.meetings.length,
    calendarWarnings: calendar.warnings,
  };
}
