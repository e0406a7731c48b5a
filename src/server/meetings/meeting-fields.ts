import "server-only";
import type { MeetingKind } from "@/domain/vocabulary";
import { localDateTime } from "@/lib/local-time";
import { type Tx } from "@/server/db";
import { AppError } from "@/server/errors";

export type MeetingFields = {
  kind: MeetingKind;
  /** "" unless the meeting is a group's atelier. */
  groupId: string;
  title: string;
  /** Local "YYYY-MM-DD" and "HH:MM", both empty for a meeting without a date yet. */
  date: string;
  time: string;
  durationMinutes: number;
  place: string;
  agenda: string;
};

/**
 * Turns the form's fields into columns. An atelier's group must be one of
 * this démarche's groups (an id from elsewhere is refused, not trusted).
 */
export async function meetingColumns(demarcheId: string, fields: MeetingFields, client: Tx) {
  let groupId: string | null = null;
  if (fields.kind === "atelier") {
    const group = await client.group.findFirst({ where: { id: fields.groupId, demarcheId }, select: { id: true } });
    if (!group) {
      throw new AppError("VALIDATION", "invalidInput", { fieldErrors: { groupId: "setup.unknownGroup" } });
    }
    groupId = group.id;
  }
  return {
    kind: fields.kind,
    groupId,
    title: fields.title,
    startsAt: fields.date && fields.time ? localDateTime(fields.date, fields.time) : null,
    durationMinutes: fields.durationMinutes,
    place: fields.place,
    agenda: fields.agenda,
  };
}
