import { MAX_SPAN_MONTHS, MIN_MEETINGS, MIN_SPAN_MONTHS } from "./meeting-template";
import type { MeetingKind } from "./vocabulary";

/**
 * Non-blocking advice on a démarche's calendar. The source asks for at least
 * six meetings over three to six months, each group's atelier before the
 * mise en commun; the facilitator stays free to do otherwise, so these are
 * warnings, never refusals.
 */

export type CalendarMeeting = {
  id: string;
  kind: MeetingKind;
  groupId: string | null;
  title: string;
  startsAt: Date | null;
  /** The meeting's local date ("YYYY-MM-DD"), computed by the caller in the démarche's time zone. */
  localDate: string | null;
};

export type CalendarInput = {
  /** The démarche's period, local dates, both days included. */
  startDate: string;
  endDate: string;
  /** In the order the facilitator set. */
  meetings: CalendarMeeting[];
  groups: { id: string; label: string }[];
};

export type CalendarWarning =
  | { code: "fewMeetings"; count: number; min: number }
  | { code: "spanTooShort"; days: number; minMonths: number }
  | { code: "spanTooLong"; days: number; maxMonths: number }
  | { code: "noMiseEnCommun" }
  | { code: "groupWithoutWorkshop"; groupId: string; groupLabel: string }
  | { code: "workshopAfterMiseEnCommun"; meetingId: string; title: string; groupLabel: string }
  | { code: "undatedMeeting"; meetingId: string; title: string }
  | { code: "meetingOutsidePeriod"; meetingId: string; title: string }
  | { code: "outOfOrder"; meetingId: string; title: string };

/** Warnings that concern one meeting carry its id, so the calendar can show them beside it. */
export function meetingIdOf(warning: CalendarWarning): string | null {
  return "meetingId" in warning ? warning.meetingId : null;
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseYmd(ymd: string): [number, number, number] {
  const m = YMD.exec(ymd);
  if (!m) throw new RangeError(`Not a local date: ${ymd}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function dayNumber(ymd: string): number {
  const [y, m, d] = parseYmd(ymd);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function fromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The same day `months` later, or the month's last day when it is shorter (Jan 31 + 1 → Feb 28). */
export function addMonthsYmd(ymd: string, months: number): string {
  const [y, m, d] = parseYmd(ymd);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/**
 * Whether a period (both days included) lasts three to six months. October 1
 * to December 31 is three months; October 1 to March 31 is six; one more day
 * is too long.
 */
export function spanCheck(startDate: string, endDate: string): { days: number; tooShort: boolean; tooLong: boolean } {
  const start = dayNumber(startDate);
  const end = dayNumber(endDate);
  const shortestEnd = dayNumber(addMonthsYmd(startDate, MIN_SPAN_MONTHS)) - 1;
  const longestEnd = dayNumber(addMonthsYmd(startDate, MAX_SPAN_MONTHS)) - 1;
  return { days: end - start + 1, tooShort: end < shortestEnd, tooLong: end > longestEnd };
}

/** The default end of a démarche starting on `startDate`: four months, in the middle of the source's range. */
export function defaultEndDate(startDate: string): string {
  return fromDayNumber(dayNumber(addMonthsYmd(startDate, 4)) - 1);
}

export function calendarWarnings(input: CalendarInput): CalendarWarning[] {
  const warnings: CalendarWarning[] = [];
  const { meetings } = input;

  if (meetings.length < MIN_MEETINGS) warnings.push({ code: "fewMeetings", count: meetings.length, min: MIN_MEETINGS });

  const span = spanCheck(input.startDate, input.endDate);
  if (span.tooShort) warnings.push({ code: "spanTooShort", days: span.days, minMonths: MIN_SPAN_MONTHS });
  if (span.tooLong) warnings.push({ code: "spanTooLong", days: span.days, maxMonths: MAX_SPAN_MONTHS });

  const miseEnCommunIndex = meetings.findIndex((m) => m.kind === "mise_en_commun");
  if (miseEnCommunIndex < 0) warnings.push({ code: "noMiseEnCommun" });

  const workshopGroups = new Set(meetings.filter((m) => m.kind === "atelier").map((m) => m.groupId));
  for (const group of input.groups) {
    if (!workshopGroups.has(group.id)) {
      warnings.push({ code: "groupWithoutWorkshop", groupId: group.id, groupLabel: group.label });
    }
  }

  // The earliest mise en commun: by date when it has one, else by place in the list.
  const datedPlenaries = meetings.filter((m) => m.kind === "mise_en_commun" && m.startsAt);
  const firstPlenaryTime = datedPlenaries.length ? Math.min(...datedPlenaries.map((m) => m.startsAt!.getTime())) : null;
  const labels = new Map(input.groups.map((g) => [g.id, g.label]));
  const start = dayNumber(input.startDate);
  const end = dayNumber(input.endDate);
  let latestSoFar: number | null = null;

  meetings.forEach((meeting, index) => {
    if (meeting.kind === "atelier" && miseEnCommunIndex >= 0) {
      const after =
        meeting.startsAt && firstPlenaryTime !== null
          ? meeting.startsAt.getTime() > firstPlenaryTime
          : index > miseEnCommunIndex;
      if (after) {
        warnings.push({
          code: "workshopAfterMiseEnCommun",
          meetingId: meeting.id,
          title: meeting.title,
          groupLabel: (meeting.groupId && labels.get(meeting.groupId)) || meeting.title,
        });
      }
    }
    if (!meeting.startsAt || !meeting.localDate) {
      warnings.push({ code: "undatedMeeting", meetingId: meeting.id, title: meeting.title });
      return;
    }
    const day = dayNumber(meeting.localDate);
    if (day < start || day > end) {
      warnings.push({ code: "meetingOutsidePeriod", meetingId: meeting.id, title: meeting.title });
    }
    const time = meeting.startsAt.getTime();
    if (latestSoFar !== null && time < latestSoFar) {
      warnings.push({ code: "outOfOrder", meetingId: meeting.id, title: meeting.title });
    }
    latestSoFar = latestSoFar === null ? time : Math.max(latestSoFar, time);
  });

  return warnings;
}
