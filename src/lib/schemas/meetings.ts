import { z } from "zod";
import { MEETING_KINDS } from "@/domain/vocabulary";
import {
  optionalLocalDate,
  optionalLocalTime,
  optionalText,
  requiredText,
  rowId,
  wholeNumber,
} from "@/lib/schemas/common";
import { safeString } from "@/lib/schemas/text";

export const MEETING_TITLE_MAX = 120;
export const MEETING_PLACE_MAX = 200;
export const MEETING_AGENDA_MAX = 4000;
export const MEETING_MINUTES_MAX = 50_000;
export const MEETING_DURATION_MIN = 15;
export const MEETING_DURATION_MAX = 600;

const meetingFields = z.object({
  kind: z.enum(MEETING_KINDS, "validation.invalid"),
  /** The group whose atelier it is; "" for other kinds. */
  groupId: safeString().max(64),
  title: requiredText(MEETING_TITLE_MAX),
  date: optionalLocalDate,
  time: optionalLocalTime,
  durationMinutes: wholeNumber(MEETING_DURATION_MIN, MEETING_DURATION_MAX),
  place: optionalText(MEETING_PLACE_MAX),
  agenda: optionalText(MEETING_AGENDA_MAX),
});

type MeetingFields = z.output<typeof meetingFields>;

function checkMeeting(value: MeetingFields, ctx: z.RefinementCtx) {
  if (value.kind === "atelier" && value.groupId === "") {
    ctx.addIssue({ code: "custom", path: ["groupId"], message: "validation.workshopGroupRequired" });
  }
  // A date without a time (or the reverse) cannot go in a calendar.
  if (value.date !== "" && value.time === "") {
    ctx.addIssue({ code: "custom", path: ["time"], message: "validation.timeRequired" });
  }
  if (value.date === "" && value.time !== "") {
    ctx.addIssue({ code: "custom", path: ["date"], message: "validation.dateRequiredForTime" });
  }
}

/** What the meeting form edits (the ids are added by the form's caller). */
export const meetingFormSchema = meetingFields.superRefine(checkMeeting);
export type MeetingFormInput = z.input<typeof meetingFormSchema>;

export const addMeetingSchema = meetingFields.extend({ demarcheId: rowId }).superRefine(checkMeeting);

export const updateMeetingSchema = meetingFields.extend({ meetingId: rowId }).superRefine(checkMeeting);
export type UpdateMeetingInput = z.input<typeof updateMeetingSchema>;

export const meetingRefSchema = z.object({ meetingId: rowId });

export const moveMeetingSchema = z.object({ meetingId: rowId, direction: z.enum(["up", "down"]) });

export const meetingRecordSchema = z.object({
  meetingId: rowId,
  held: z.boolean(),
  /** Participant ids ticked as present; the rest of the meeting's participants are recorded absent. */
  present: z.array(rowId).max(500),
  minutes: optionalText(MEETING_MINUTES_MAX),
});
export type MeetingRecordInput = z.input<typeof meetingRecordSchema>;
