import "server-only";
import { db } from "@/server/db";
import { randomToken, sha256 } from "@/server/secrets";

const TICKET_LIFETIME_MS = 60_000;

export type TicketSubject =
  { kind: "facilitator"; facilitatorId: string } | { kind: "participant"; participantId: string };

/** Issued right after the server layer has checked who this is; redeemed once by Auth.js. */
export async function issueLoginTicket(subject: TicketSubject, now: Date = new Date()): Promise<string> {
  const ticket = randomToken();
  await db.loginTicket.create({
    data: {
      id: sha256(ticket),
      facilitatorId: subject.kind === "facilitator" ? subject.facilitatorId : null,
      participantId: subject.kind === "participant" ? subject.participantId : null,
      expiresAt: new Date(now.getTime() + TICKET_LIFETIME_MS),
    },
  });
  return ticket;
}

/** Consumes the ticket (whatever happens next, it cannot be used twice). */
export async function redeemLoginTicket(ticket: string, now: Date = new Date()): Promise<TicketSubject | null> {
  const id = sha256(ticket);
  const row = await db.loginTicket.findUnique({ where: { id } });
  if (!row) return null;
  const { count } = await db.loginTicket.deleteMany({ where: { id } });
  if (count !== 1 || row.expiresAt <= now) return null;
  if (row.facilitatorId) return { kind: "facilitator", facilitatorId: row.facilitatorId };
  if (row.participantId) return { kind: "participant", participantId: row.participantId };
  return null;
}
