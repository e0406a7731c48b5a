import { describe, expect, it } from "vitest";
import { getCalendar } from "@/server/meetings/get-calendar";
import { getMeeting } from "@/server/meetings/get-meeting";
import { saveMeetingRecord } from "@/server/meetings/save-meeting-record";
import { makeDemarche, makeFacilitatorViewer } from "../../support/factories";

describe("a meeting still to come", () => {
  it("cannot be marked « a eu lieu » before its date, and can once the date is past", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    const { meetings } = await getCalendar(viewer, d.demarcheId);
    const last = meetings.at(-1)!;
    const startsAt = (await getMeeting(viewer, last.id)).meeting.startsAt!;
    const dayBefore = new Date(startsAt.getTime() - 24 * 3600 * 1000);
    const dayAfter = new Date(startsAt.getTime() + 24 * 3600 * 1000);
    const record = { meetingId: last.id, held: true, present: [], minutes: "" };

    await expect(saveMeetingRecord(viewer, record, dayBefore)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { held: "setup.meetingInFuture" },
    });
    expect((await getMeeting(viewer, last.id)).meeting.held).toBe(false);
    // Minutes may be written ahead (an agenda, notes) without saying it took place.
    await saveMeetingRecord(viewer, { ...record, held: false, minutes: "Ordre du jour prévu." }, dayBefore);

    await saveMeetingRecord(viewer, record, dayAfter);
    expect((await getMeeting(viewer, last.id)).meeting.held).toBe(true);
  });
});
