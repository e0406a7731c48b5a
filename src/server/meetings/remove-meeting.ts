import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireMeetingOfFacilitator } from "@/server/demarches/demarche-access";

/** Removes a meeting with its attendance and compte rendu (the page asks for confirmation first). */
export async function removeMeeting(viewer: Viewer, input: { meetingId: string }): Promise<{ removed: true }> {
  return db.$transaction(async (tx) => {
    const { meeting } = await requireMeetingOfFacilitator(viewer, input.meetingId, tx);
    await tx.meeting.delete({ where: { id: meeting.id } });
    await recordAudit(
      viewer,
      {
        demarcheId: meeting.demarcheId,
        action: "meeting.remove",
        entityType: "Meeting",
        entityId: meeting.id,
        detail: { kind: meeting.kind, hadMinutes: meeting.minutes.trim() !== "" },
      },
      tx,
    );
    return { removed: true as const };
  });
}
