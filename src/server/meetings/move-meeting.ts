import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireMeetingOfFacilitator } from "@/server/demarches/demarche-access";

/** Swaps a meeting with its neighbour in the calendar's order; at either end nothing moves. */
export async function moveMeeting(
  viewer: Viewer,
  input: { meetingId: string; direction: "up" | "down" },
): Promise<{ moved: boolean }> {
  return db.$transaction(async (tx) => {
    const { meeting } = await requireMeetingOfFacilitator(viewer, input.meetingId, tx);
    const neighbour = await tx.meeting.findFirst({
      where: {
        demarcheId: meeting.demarcheId,
        sortOrder: input.direction === "up" ? { lt: meeting.sortOrder } : { gt: meeting.sortOrder },
      },
      orderBy: { sortOrder: input.direction === "up" ? "desc" : "asc" },
      select: { id: true, sortOrder: true },
    });
    if (!neighbour) return { moved: false };
    await tx.meeting.update({ where: { id: meeting.id }, data: { sortOrder: neighbour.sortOrder } });
    await tx.meeting.update({ where: { id: neighbour.id }, data: { sortOrder: meeting.sortOrder } });
    await recordAudit(
      viewer,
      {
        demarcheId: meeting.demarcheId,
        action: "meeting.move",
        entityType: "Meeting",
        entityId: meeting.id,
        detail: { direction: input.direction },
      },
      tx,
    );
    return { moved: true };
  });
}
