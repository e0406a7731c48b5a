import { describe, expect, it } from "vitest";
import { addMonthsYmd, type CalendarMeeting, calendarWarnings, defaultEndDate, spanCheck } from "@/domain/calendar";

const groups = [
  { id: "i", label: "Intervenant.e.s" },
  { id: "d", label: "Destinataires" },
  { id: "a", label: "Administrateur.trice.s du CA" },
];

/** A meeting at 18:30 Montréal time (UTC−5 in winter) on a local date. */
function meeting(
  id: string,
  kind: CalendarMeeting["kind"],
  localDate: string | null,
  groupId: string | null = null,
): CalendarMeeting {
  return {
    id,
    kind,
    groupId,
    title: `Rencontre ${id}`,
    localDate,
    startsAt: localDate ? new Date(`${localDate}T23:30:00Z`) : null,
  };
}

const sixMeetings = (): CalendarMeeting[] => [
  meeting("m1", "lancement", "2026-10-01"),
  meeting("m2", "atelier", "2026-10-22", "i"),
  meeting("m3", "atelier", "2026-11-05", "d"),
  meeting("m4", "atelier", "2026-11-19", "a"),
  meeting("m5", "mise_en_commun", "2026-12-17"),
  meeting("m6", "retour_ca", "2027-02-18"),
];

const period = { startDate: "2026-10-01", endDate: "2027-02-26" };

describe("calendar warnings", () => {
  it("has nothing to say about the source's six meetings over five months", () => {
    expect(calendarWarnings({ ...period, meetings: sixMeetings(), groups })).toEqual([]);
  });

  it("warns when fewer than six meetings are planned", () => {
    const meetings = sixMeetings().filter((m) => m.id !== "m6");
    expect(calendarWarnings({ ...period, meetings, groups })).toEqual([{ code: "fewMeetings", count: 5, min: 6 }]);
  });

  it("warns when the period is shorter than three months or longer than six", () => {
    const meetings = sixMeetings().map((m) => ({ ...m, localDate: null, startsAt: null }));
    const short = calendarWarnings({ startDate: "2026-10-01", endDate: "2026-12-30", meetings, groups });
    expect(short).toContainEqual({ code: "spanTooShort", days: 91, minMonths: 3 });
    const long = calendarWarnings({ startDate: "2026-10-01", endDate: "2027-04-01", meetings, groups });
    expect(long).toContainEqual({ code: "spanTooLong", days: 183, maxMonths: 6 });
  });

  it("warns when a group's atelier comes after the mise en commun", () => {
    const meetings = sixMeetings();
    meetings[3] = meeting("m4", "atelier", "2027-01-14", "a");
    expect(calendarWarnings({ ...period, meetings, groups })).toEqual([
      {
        code: "workshopAfterMiseEnCommun",
        meetingId: "m4",
        title: "Rencontre m4",
        groupLabel: "Administrateur.trice.s du CA",
      },
      { code: "outOfOrder", meetingId: "m5", title: "Rencontre m5" },
    ]);
  });

  it("uses the order of the list for an atelier that has no date yet", () => {
    const meetings = sixMeetings();
    const [atelier] = meetings.splice(1, 1);
    meetings.splice(4, 0, { ...atelier!, localDate: null, startsAt: null });
    const warnings = calendarWarnings({ ...period, meetings, groups });
    expect(warnings).toContainEqual({
      code: "workshopAfterMiseEnCommun",
      meetingId: "m2",
      title: "Rencontre m2",
      groupLabel: "Intervenant.e.s",
    });
    expect(warnings).toContainEqual({ code: "undatedMeeting", meetingId: "m2", title: "Rencontre m2" });
  });

  it("notices a group without an atelier and a calendar without a mise en commun", () => {
    const meetings = sixMeetings().filter((m) => m.id !== "m3" && m.id !== "m5");
    meetings.push(meeting("m7", "autre", "2027-01-10"), meeting("m8", "autre", "2027-01-20"));
    expect(calendarWarnings({ ...period, meetings, groups })).toEqual([
      { code: "noMiseEnCommun" },
      { code: "groupWithoutWorkshop", groupId: "d", groupLabel: "Destinataires" },
      { code: "outOfOrder", meetingId: "m7", title: "Rencontre m7" },
      { code: "outOfOrder", meetingId: "m8", title: "Rencontre m8" },
    ]);
  });

  it("flags a meeting outside the démarche's period", () => {
    const meetings = sixMeetings();
    meetings[5] = meeting("m6", "retour_ca", "2027-03-04");
    expect(calendarWarnings({ ...period, meetings, groups })).toEqual([
      { code: "meetingOutsidePeriod", meetingId: "m6", title: "Rencontre m6" },
    ]);
  });
});

describe("period arithmetic", () => {
  it("counts both days and whole calendar months", () => {
    expect(spanCheck("2026-10-01", "2026-12-31")).toEqual({ days: 92, tooShort: false, tooLong: false });
    expect(spanCheck("2026-10-01", "2026-12-30")).toMatchObject({ tooShort: true });
    expect(spanCheck("2026-10-01", "2027-03-31")).toMatchObject({ tooLong: false });
    expect(spanCheck("2026-10-01", "2027-04-01")).toMatchObject({ tooLong: true });
  });

  it("adds months without overflowing short months", () => {
    expect(addMonthsYmd("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonthsYmd("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonthsYmd("2026-03-15", -3)).toBe("2025-12-15");
  });

  it("proposes a four-month démarche by default, within the source's range", () => {
    expect(defaultEndDate("2026-10-01")).toBe("2027-01-31");
    expect(spanCheck("2026-10-01", defaultEndDate("2026-10-01"))).toMatchObject({ tooShort: false, tooLong: false });
  });
});
