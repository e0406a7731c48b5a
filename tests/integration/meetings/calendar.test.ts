import { describe, expect, it } from "vitest";
import { meetingFormSchema } from "@/lib/schemas/meetings";
import { db } from "@/server/db";
import { createDemarche } from "@/server/demarches/create-demarche";
import { addMeeting } from "@/server/meetings/add-meeting";
import { exportCalendar } from "@/server/meetings/export-calendar";
import { getCalendar } from "@/server/meetings/get-calendar";
import { getMeeting } from "@/server/meetings/get-meeting";
import { moveMeeting } from "@/server/meetings/move-meeting";
import { removeMeeting } from "@/server/meetings/remove-meeting";
import { saveMeetingRecord } from "@/server/meetings/save-meeting-record";
import { updateMeeting } from "@/server/meetings/update-meeting";
import { joinAs, makeDemarche, makeFacilitatorViewer } from "../../support/factories";

const fields = {
  kind: "autre" as const,
  groupId: "",
  title: "Rencontre de préparation",
  date: "2026-10-08",
  time: "19:00",
  durationMinutes: 90,
  place: "Local 2, 12 rue Principale",
  agenda: "Préparer les ateliers",
};

describe("the proposed calendar", () => {
  it("spreads the six meetings over the period, at 18:30 local time, with nothing to warn about", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const calendar = await getCalendar(viewer, d.demarcheId);
    expect(calendar.meetings.map((m) => [m.title, m.date, m.time])).toEqual([
      ["Rencontre de lancement", "2026-10-01", "18:30"],
      ["Atelier des Intervenant.e.s", "2026-10-23", "18:30"],
      ["Atelier des Destinataires", "2026-11-14", "18:30"],
      ["Atelier des Administrateur.trice.s du CA", "2026-12-07", "18:30"],
      ["Réunion de mise en commun", "2027-01-05", "18:30"],
      ["Retour du CA", "2027-02-19", "18:30"],
    ]);
    expect(calendar.warnings).toEqual([]);
  });

  it("warns, without refusing, when the facilitator plans fewer than six meetings or an atelier after the mise en commun", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const { meetings } = await getCalendar(viewer, d.demarcheId);
    await removeMeeting(viewer, { meetingId: meetings[5]!.id });
    const atelier = meetings[3]!;
    await updateMeeting(viewer, {
      meetingId: atelier.id,
      kind: "atelier",
      groupId: atelier.groupId!,
      title: atelier.title,
      date: "2027-01-12",
      time: "18:30",
      durationMinutes: 150,
      place: "",
      agenda: "",
    });
    const codes = (await getCalendar(viewer, d.demarcheId)).warnings.map((w) => w.code);
    expect(codes).toEqual(["fewMeetings", "workshopAfterMiseEnCommun", "outOfOrder"]);
  });
});

describe("editing meetings", () => {
  it("adds a meeting at the end, edits it, and moves it up", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const { meetingId } = await addMeeting(viewer, { ...fields, demarcheId: d.demarcheId });
    let calendar = await getCalendar(viewer, d.demarcheId);
    expect(calendar.meetings.at(-1)).toMatchObject({
      id: meetingId,
      title: "Rencontre de préparation",
      date: "2026-10-08",
      time: "19:00",
      durationMinutes: 90,
      place: "Local 2, 12 rue Principale",
    });

    await updateMeeting(viewer, { ...fields, meetingId, date: "", time: "", title: "Date à fixer" });
    for (let i = 0; i < 5; i++) await moveMeeting(viewer, { meetingId, direction: "up" });
    calendar = await getCalendar(viewer, d.demarcheId);
    expect(calendar.meetings.map((m) => m.title).slice(0, 2)).toEqual(["Rencontre de lancement", "Date à fixer"]);
    expect(calendar.meetings[1]).toMatchObject({ startsAt: null, date: "" });
    expect(calendar.warnings).toContainEqual({ code: "undatedMeeting", meetingId, title: "Date à fixer" });

    // At the top already: nothing moves.
    const top = calendar.meetings[0]!.id;
    expect(await moveMeeting(viewer, { meetingId: top, direction: "up" })).toEqual({ moved: false });
  });

  it("refuses an atelier for a group of another démarche", async () => {
    const viewer = await makeFacilitatorViewer();
    const mine = await makeDemarche(viewer, "Une");
    const other = await createDemarche(viewer, {
      organisationName: "Autre",
      name: "Deux",
      startDate: "2026-10-01",
      endDate: "2027-02-26",
    });
    await expect(
      addMeeting(viewer, { ...fields, kind: "atelier", groupId: other.groups[0]!.id, demarcheId: mine.demarcheId }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { groupId: "setup.unknownGroup" } });
  });

  it("asks for the time when a date is given, and the group of an atelier", () => {
    const noTime = meetingFormSchema.safeParse({ ...fields, time: "" });
    expect(noTime.error?.issues).toMatchObject([{ path: ["time"], message: "validation.timeRequired" }]);
    const noGroup = meetingFormSchema.safeParse({ ...fields, kind: "atelier" });
    expect(noGroup.error?.issues).toMatchObject([{ path: ["groupId"], message: "validation.workshopGroupRequired" }]);
  });
});

describe("attendance and minutes", () => {
  it("records who was there (the others absent) and the compte rendu", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const a = await joinAs(d.invitations[0]!.token, d.demarcheId, "Karim");
    const b = await joinAs(d.invitations[0]!.token, d.demarcheId, "Sophie");
    const other = await joinAs(d.invitations[1]!.token, d.demarcheId, "Jocelyne");
    const { meetings } = await getCalendar(viewer, d.demarcheId);
    const atelier = meetings[1]!;

    // Someone from another group cannot be marked present at this group's atelier.
    await expect(
      saveMeetingRecord(viewer, { meetingId: atelier.id, held: true, present: [other.participantId], minutes: "" }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { present: "setup.unknownParticipant" } });

    await saveMeetingRecord(viewer, {
      meetingId: atelier.id,
      held: true,
      present: [a.participantId],
      minutes: "Positions actuelles discutées.",
    });
    const meeting = await getMeeting(viewer, atelier.id);
    expect(meeting.meeting).toMatchObject({ held: true, minutes: "Positions actuelles discutées." });
    expect(meeting.attendance).toEqual([
      {
        groupId: d.groups[0]!.id,
        groupLabel: "Intervenant.e.s",
        people: [
          { id: a.participantId, displayName: "Karim", addedByFacilitator: false, present: true },
          { id: b.participantId, displayName: "Sophie", addedByFacilitator: false, present: false },
        ],
      },
    ]);
    const rows = await db.attendance.findMany({ where: { meetingId: atelier.id } });
    expect(rows.map((r) => [r.participantId, r.present]).sort()).toEqual(
      [
        [a.participantId, true],
        [b.participantId, false],
      ].sort(),
    );

    // A plenary lists every group.
    const plenary = await getMeeting(viewer, meetings[0]!.id);
    expect(plenary.attendance.map((g) => g.groupLabel)).toEqual(["Intervenant.e.s", "Destinataires"]);
  });
});

describe("the calendar file", () => {
  it("holds one event per dated meeting with a stable UID, in UTC, with CRLF line ends", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const { meetings } = await getCalendar(viewer, d.demarcheId);
    await addMeeting(viewer, { ...fields, date: "", time: "", demarcheId: d.demarcheId });
    const first = await exportCalendar(viewer, d.demarcheId);
    const again = await exportCalendar(viewer, d.demarcheId);
    expect(again.body).toBe(first.body);
    const lines = first.body.split("\r\n");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(6);
    expect(lines).toContain(`UID:meeting-${meetings[0]!.id}@localhost`);
    // 2026-10-01 18:30 in Montréal (UTC−4), lasting 2 h 30.
    expect(lines).toContain("DTSTART:20261001T223000Z");
    expect(lines).toContain("DTEND:20261002T010000Z");
    expect(first.filename).toMatch(/\.ics$/);
  });
});
