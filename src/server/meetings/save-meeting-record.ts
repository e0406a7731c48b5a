import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireMeetingOfFacilitator } from "@/server/demarches/demarche-access";
import { AppError } from "@/server/errors";
import { attendanceCandidates } from "@/server/meetings/get-meeting";

/**
 * Records whether the meeting was held, who was there (everyone else who
 * could attend is recorded absent) and the compte rendu.
 */
export async function saveMeetingRecord(
  viewer: Viewer,
  input: { meetingId: string; held: boolean; present: string[]; minutes: string },
  now: Date = new Date(),
): Promise<{ presentCount: number }> {
  return db.$transaction(async (tx) => {
    const { meeting } = await requireMeetingOfFacilitator(viewer, input.meetingId, tx);
    const candidates = await attendanceCandidates(meeting, tx);
    const allowed = new Set(candidates.map((c) => c.id));
    const present = new Set(input.present);
    // Ids come from the browser: someone from another group or démarche is refused.
    if ([...present].some((id) => !allowed.has(id))) {
      throw new AppError("VALIDATION", "invalidInput", { fieldErrors: { present: "setup.unknownParticipant" } });
    }
    const current = await tx.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      select: { heldAt: true, startsAt: true },
    });
    // A meeting still to come cannot have taken place (one already marked held stays editable).
    if (input.held && current.heldAt === null && current.startsAt !== null && current.startsAt > now) {
      throw new AppError("VALIDATION", "invalidInput", { fieldErrors: { held: "setup.meetingInFuture" } });
    }
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        minutes: input.minutes,
        heldAt: input.held ? (current.heldAt ?? current.startsAt ?? now) : null,
      },
    });
    await tx.attendance.deleteMany({ where: { meetingId: meeting.id } });
    if (input.held) {
      await tx.attendance.createMany({
        data: candidates.map((c) => ({ meetingId: meeting.id, participantId: c.id, present: present.has(c.id) })),
      });
    }
    await recordAudit(
      viewer,
      {
        demarcheId: meeting.demarcheId,
        action: "meeting.record",
        entityType: "Meeting",
        entityId: meeting.id,
        detail: { held: input.held, presentCount: input.held ? present.size : 0 },
      },
      tx,
    );
    return { presentCount: input.held ? present.size : 0 };
  });
}
