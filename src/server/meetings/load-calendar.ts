import "server-only";
import { calendarWarnings } from "@/domain/calendar";
import type { MeetingKind } from "@/domain/vocabulary";
import { toLocalHm, toLocalYmd } from "@/lib/local-time";
import type { Tx } from "@/server/db";
import { notFound } from "@/server/errors";

/**
 * A démarche's meetings in the facilitator's order, with the calendar
 * warnings (src/domain/calendar.ts). The caller has checked who is asking.
 */
export async function loadCalendar(demarcheId: string, client: Tx) {
  const demarche = await client.demarche.findUnique({
    where: { id: demarcheId },
    select: {
      startDate: true,
      endDate: true,
      groups: { orderBy: { sortOrder: "asc" }, select: { id: true, label: true } },
      meetings: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          kind: true,
          groupId: true,
          sortOrder: true,
          title: true,
          startsAt: true,
          durationMinutes: true,
          place: true,
          agenda: true,
          minutes: true,
          heldAt: true,
          updatedAt: true,
          group: { select: { label: true } },
          _count: { select: { attendances: { where: { present: true } } } },
        },
      },
    },
  });
  if (!demarche) throw notFound();

  const meetings = demarche.meetings.map((m) => ({
    id: m.id,
    kind: m.kind as MeetingKind,
    groupId: m.groupId,
    groupLabel: m.group?.label ?? null,
    title: m.title,
    startsAt: m.startsAt,
    date: m.startsAt ? toLocalYmd(m.startsAt) : "",
    time: m.startsAt ? toLocalHm(m.startsAt) : "",
    durationMinutes: m.durationMinutes,
    place: m.place,
    agenda: m.agenda,
    hasMinutes: m.minutes.trim() !== "",
    heldAt: m.heldAt,
    presentCount: m._count.attendances,
    updatedAt: m.updatedAt,
  }));
  const warnings = calendarWarnings({
    startDate: toLocalYmd(demarche.startDate),
    endDate: toLocalYmd(demarche.endDate),
    meetings: meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      groupId: m.groupId,
      title: m.title,
      startsAt: m.startsAt,
      localDate: m.date || null,
    })),
    groups: demarche.groups,
  });
  return { groups: demarche.groups, meetings, warnings };
}
