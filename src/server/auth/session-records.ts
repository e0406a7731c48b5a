import "server-only";
import { db } from "@/server/db";
import { randomToken, sha256 } from "@/server/secrets";

/** How long a sign-in lasts, whatever the cookie says. */
export const SESSION_LIFETIME_MS = {
  facilitator: 12 * 60 * 60 * 1000,
  // A démarche lasts months and destinataires should not have to rejoin.
  participant: 120 * 24 * 60 * 60 * 1000,
} as const;

export type SessionKind = keyof typeof SESSION_LIFETIME_MS;

/** Creates the server-side record; returns the raw id that goes into the cookie's token. */
export async function createSessionRecord(
  kind: SessionKind,
  subjectId: string,
  now: Date = new Date(),
): Promise<string> {
  const sid = randomToken();
  await db.authSession.create({
    data: {
      id: sha256(sid),
      kind,
      facilitatorId: kind === "facilitator" ? subjectId : null,
      participantId: kind === "participant" ? subjectId : null,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS[kind]),
    },
  });
  return sid;
}

export async function revokeSessionRecord(sid: string): Promise<void> {
  await db.authSession.updateMany({ where: { id: sha256(sid), revokedAt: null }, data: { revokedAt: new Date() } });
}

/** A valid session with what the server layer needs to know about its owner, or null. */
export async function findLiveSession(sid: string, now: Date = new Date()) {
  const record = await db.authSession.findUnique({
    where: { id: sha256(sid) },
    select: {
      id: true,
      kind: true,
      expiresAt: true,
      revokedAt: true,
      facilitator: { select: { id: true, name: true, email: true, isDemo: true, disabledAt: true, locale: true } },
      participant: {
        select: {
          id: true,
          displayName: true,
          withdrawnAt: true,
          admittedAt: true,
          groupId: true,
          demarcheId: true,
          group: { select: { kind: true } },
        },
      },
    },
  });
  if (!record || record.revokedAt || record.expiresAt <= now) return null;
  if (record.kind === "facilitator" && (!record.facilitator || record.facilitator.disabledAt)) return null;
  if (record.kind === "participant" && (!record.participant || record.participant.withdrawnAt)) return null;
  return record;
}
