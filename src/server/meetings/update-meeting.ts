import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireMeetingOfFacilitator } from "@/server/demarches/demarche-access";
import { meetingColumns, type MeetingFields } from "@/server/meetings/meeting-fields";

/** Changes a meeting's kind, title, date and time, length, place or agenda. */
export async function updateMeeting(
  viewer: Viewer,
  input: MeetingFields & { meetingId: string },
): Promise<{ meetingId: string }> {
  return db.$transaction(async (tx) => {
    const { meeting } = await requireMeetingOfFacilitator(viewer, input.meetingId, tx);
    const columns = await meetingColumns(meeting.demarcheId, input, tx);
    await tx.meeting.update({ where: { id: meeting.id }, data: columns });
    await recordAudit(
      viewer,
      {
        demarcheId: meeting.demarcheId,
        action: "meeting.update",
        entityType: "Meeting",
        entityId: meeting.id,
        detail: { kind: columns.kind, startsAt: columns.startsAt?.toISOString() ?? null },
      },
      tx,
    );
    return { meetingId: meeting.id };
  });
}
