import "server-only";
import { isReadOnlyPhase } from "@/domain/phases";
import type { MeetingKind } from "@/domain/vocabulary";
import { toLocalHm, toLocalYmd } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { db, type Tx } from "@/server/db";
import { requireMeetingOfFacilitator } from "@/server/demarches/demarche-access";
import { lastFacilitatorFor } from "@/server/team/facilitator-names";
import { COUNTED_MEMBER } from "@/server/workshops/group-figures";

/**
 * Who may be marked present at a meeting: people still taking part, from the
 * atelier's group only, or from every group for a plenary meeting.
 */
export async function attendanceCandidates(
  meeting: { demarcheId: string; kind: string; groupId: string | null },
  client: Tx,
) {
  return client.participant.findMany({
    where: {
      demarcheId: meeting.demarcheId,
      // Someone waiting for admission is not (yet) of the group.
      ...COUNTED_MEMBER,
      // Retention erased their names and their attendance: nobody to tick any more.
      anonymisedAt: null,
      ...(meeting.kind === "atelier" && meeting.groupId ? { groupId: meeting.groupId } : {}),
    },
    orderBy: [{ group: { sortOrder: "asc" } }, { joinedAt: "asc" }],
    select: { id: true, displayName: true, groupId: true, addedByFacilitator: true },
  });
}

/** One meeting with its attendance sheet (display names, by group) and compte rendu. */
export async function getMeeting(viewer: Viewer, meetingId: string, now: Date = new Date()) {
  const { meeting, demarche } = await requireMeetingOfFacilitator(viewer, meetingId, db, { open: false });
  const [row, candidates, groups, recordedBy] = await Promise.all([
    db.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      select: {
        title: true,
        kind: true,
        startsAt: true,
        durationMinutes: true,
        place: true,
        agenda: true,
        minutes: true,
        heldAt: true,
        group: { select: { label: true } },
        attendances: { select: { participantId: true, present: true } },
      },
    }),
    attendanceCandidates(meeting, db),
    db.group.findMany({
      where: { demarcheId: demarche.id },
      orderBy: { sortOrder: "asc" },
      select: { id: true, label: true },
    }),
    // Who last recorded the compte rendu, named for the démarche's other facilitators (decision 021).
    lastFacilitatorFor(demarche.id, "meeting.record", meeting.id, db),
  ]);
  const present = new Set(row.attendances.filter((a) => a.present).map((a) => a.participantId));
  return {
    demarche: { id: demarche.id, name: demarche.name, readOnly: isReadOnlyPhase(demarche.phase) },
    meeting: {
      id: meeting.id,
      title: row.title,
      kind: row.kind as MeetingKind,
      groupLabel: row.group?.label ?? null,
      startsAt: row.startsAt,
      date: row.startsAt ? toLocalYmd(row.startsAt) : "",
      time: row.startsAt ? toLocalHm(row.startsAt) : "",
      durationMinutes: row.durationMinutes,
      place: row.place,
      agenda: row.agenda,
      minutes: row.minutes,
      recordedBy,
      held: row.heldAt !== null,
      /** Still to come: it cannot be marked held yet (saveMeetingRecord refuses it). */
      future: row.startsAt !== null && row.startsAt > now,
      attendanceRecorded: row.attendances.length > 0,
    },
    attendance: groups
      .map((g) => ({
        groupId: g.id,
        groupLabel: g.label,
        people: candidates
          .filter((c) => c.groupId === g.id)
          .map((c) => ({
            id: c.id,
            displayName: c.displayName,
            addedByFacilitator: c.addedByFacilitator,
            present: present.has(c.id),
          })),
      }))
      .filter((g) => g.people.length > 0),
  };
}
