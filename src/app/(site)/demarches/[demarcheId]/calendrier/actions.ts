"use server";
import { revalidatePath } from "next/cache";
import {
  addMeetingSchema,
  meetingRecordSchema,
  meetingRefSchema,
  moveMeetingSchema,
  updateMeetingSchema,
} from "@/lib/schemas/meetings";
import { defineAction } from "@/server/actions/define-action";
import { addMeeting } from "@/server/meetings/add-meeting";
import { moveMeeting } from "@/server/meetings/move-meeting";
import { removeMeeting } from "@/server/meetings/remove-meeting";
import { saveMeetingRecord } from "@/server/meetings/save-meeting-record";
import { updateMeeting } from "@/server/meetings/update-meeting";

/** The dashboard shows the next meeting and the calendar's warnings. */
function refresh() {
  revalidatePath("/demarches/[demarcheId]", "layout");
}

export const addMeetingAction = defineAction("addMeeting", addMeetingSchema, async (input, { viewer }) => {
  const result = await addMeeting(viewer, input);
  refresh();
  return result;
});

export const updateMeetingAction = defineAction("updateMeeting", updateMeetingSchema, async (input, { viewer }) => {
  const result = await updateMeeting(viewer, input);
  refresh();
  return result;
});

export const moveMeetingAction = defineAction("moveMeeting", moveMeetingSchema, async (input, { viewer }) => {
  const result = await moveMeeting(viewer, input);
  refresh();
  return result;
});

export const removeMeetingAction = defineAction("removeMeeting", meetingRefSchema, async (input, { viewer }) => {
  const result = await removeMeeting(viewer, input);
  refresh();
  return result;
});

export const saveMeetingRecordAction = defineAction(
  "saveMeetingRecord",
  meetingRecordSchema,
  async (input, { viewer }) => {
    const result = await saveMeetingRecord(viewer, input);
    refresh();
    return result;
  },
);
