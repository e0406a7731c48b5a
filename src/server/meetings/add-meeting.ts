import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireOpenDemarche } from "@/server/demarches/demarche-access";
import { meetingColumns, type MeetingFields } from "@/server/meetings/meeting-fields";

/** Adds a meeting at the end of the calendar (the facilitator can move it up). */
export async function addMeeting(
  viewer: Viewer,
  input: MeetingFields & { demarcheId: string },
): Promise<{ meetingId: string }> {
  return db.$transaction(async (tx) => {
    const { demarche } = await requireOpenDemarche(viewer, input.demarcheId, tx);
    const last = await tx.meeting.findFirst({
      where: { demarcheId: demarche.id },
      orderBy: { sortOrder: "desc" },
      select: { sortOrder: true },
    });
    const meeting = await tx.meeting.create({
      data: {
        demarcheId: demarche.id,
        sortOrder: (last?.sortOrder ?? -1) + 1,
        ...(await meetingColumns(demarche.id, input, tx)),
      },
      select: { id: true },
    });
    await recordAudit(
      viewer,
      {
        demarcheId: demarche.id,
        action: "meeting.add",
        entityType: "Meeting",
        entityId: meeting.id,
        detail: { kind: input.kind },
      },
      tx,
    );
    return { meetingId: meeting.id };
  });
}
