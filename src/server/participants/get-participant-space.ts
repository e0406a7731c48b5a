import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireSignedInParticipant } from "@/server/authz";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";

/** What a participant sees on arriving: their démarche and their group, nothing about other people. */
export async function getParticipantSpace(viewer: Viewer) {
  const participant = requireSignedInParticipant(viewer);
  const row = await db.participant.findUnique({
    where: { id: participant.participantId },
    select: {
      displayName: true,
      admittedAt: true,
      joinedAt: true,
      group: { select: { id: true, label: true, kind: true, workshopClosedAt: true, releasedAt: true } },
      demarche: {
        select: {
          id: true,
          name: true,
          phase: true,
          startDate: true,
          endDate: true,
          organisation: { select: { name: true } },
          caReport: { select: { publishedAt: true } },
          meetings: {
            where: { startsAt: { gte: new Date() }, OR: [{ groupId: null }, { groupId: participant.groupId }] },
            orderBy: { startsAt: "asc" },
            take: 1,
            select: { title: true, startsAt: true, place: true },
          },
        },
      },
    },
  });
  if (!row) throw notFound();
  return {
    displayName: row.displayName,
    /** « En attente » until the facilitator lets them in (decision 013): the page says so, and nothing else opens. */
    admitted: row.admittedAt !== null,
    joinedAt: row.joinedAt,
    group: row.group,
    demarche: row.demarche,
    /** The CA's answers reach every participant once published (the follow-up page). */
    caReportPublishedAt: row.admittedAt ? (row.demarche.caReport?.publishedAt ?? null) : null,
    // The group's meetings are the group's: not for someone still waiting.
    nextMeeting: row.admittedAt ? (row.demarche.meetings[0] ?? null) : null,
  };
}
