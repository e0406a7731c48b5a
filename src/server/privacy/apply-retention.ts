import "server-only";
import { addMonths } from "date-fns";
import { ANONYMOUS } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { eraseParticipant } from "@/server/privacy/erase-participant";

/**
 * Destroys identifying data once the purpose is met: for every démarche
 * closed longer ago than its retention period, each participant is erased
 * (names, codes, sessions, attendance, free text of answers), consents are
 * deleted, and only group-level results and anonymous numbers remain. Runs
 * at start-up and daily (src/instrumentation.ts), and by `npm run retention`.
 */
export async function applyRetention(now: Date = new Date()): Promise<{ demarcheIds: string[] }> {
  const due = await db.demarche.findMany({
    where: { closedAt: { not: null }, anonymisedAt: null },
    select: { id: true, closedAt: true, retentionMonths: true },
  });
  const done: string[] = [];
  for (const demarche of due) {
    if (!demarche.closedAt || addMonths(demarche.closedAt, demarche.retentionMonths) > now) continue;
    await db.$transaction(async (tx) => {
      const participants = await tx.participant.findMany({ where: { demarcheId: demarche.id }, select: { id: true } });
      for (const p of participants) await eraseParticipant(tx, p.id, { removePositions: false, now });
      await tx.consent.deleteMany({ where: { participant: { demarcheId: demarche.id } } });
      await tx.demarche.update({ where: { id: demarche.id }, data: { anonymisedAt: now, privacyOfficerContact: "" } });
      await recordAudit(
        ANONYMOUS,
        {
          demarcheId: demarche.id,
          action: "demarche.anonymise",
          entityType: "Demarche",
          entityId: demarche.id,
          detail: { participants: participants.length },
        },
        tx,
      );
    });
    done.push(demarche.id);
  }
  return { demarcheIds: done };
}
