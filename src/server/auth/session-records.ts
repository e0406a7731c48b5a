import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, sql } from "@/server/db";
import { rawBoolean, rawDate, rawNullableDate, rawNullableString, rawString } from "@/server/raw-sql";
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

/** A session as the server layer needs it: the record and its owner (null when none). */
export type LiveSession = {
  id: string;
  kind: string;
  expiresAt: Date;
  revokedAt: Date | null;
  facilitator: {
    id: string;
    name: string;
    email: string;
    isDemo: boolean;
    disabledAt: Date | null;
    locale: string | null;
  } | null;
  participant: {
    id: string;
    displayName: string;
    withdrawnAt: Date | null;
    admittedAt: Date | null;
    groupId: string;
    demarcheId: string;
    group: { kind: string };
  } | null;
};

/** The row findLiveSession reads: an owner's columns are all null when the session has no such owner. */
type SessionRow = Record<
  | "id"
  | "kind"
  | "expiresAt"
  | "revokedAt"
  | "fId"
  | "fName"
  | "fEmail"
  | "fIsDemo"
  | "fDisabledAt"
  | "fLocale"
  | "pId"
  | "pDisplayName"
  | "pWithdrawnAt"
  | "pAdmittedAt"
  | "pGroupId"
  | "pDemarcheId"
  | "gKind",
  unknown
>;

/** The joined row in the nested shape Prisma's findUnique returned (same fields, same types). */
function sessionOfRow(row: SessionRow): LiveSession {
  return {
    id: rawString(row.id),
    kind: rawString(row.kind),
    expiresAt: rawDate(row.expiresAt),
    revokedAt: rawNullableDate(row.revokedAt),
    facilitator:
      row.fId === null
        ? null
        : {
            id: rawString(row.fId),
            name: rawString(row.fName),
            email: rawString(row.fEmail),
            isDemo: rawBoolean(row.fIsDemo),
            disabledAt: rawNullableDate(row.fDisabledAt),
            locale: rawNullableString(row.fLocale),
          },
    participant:
      row.pId === null
        ? null
        : {
            id: rawString(row.pId),
            displayName: rawString(row.pDisplayName),
            withdrawnAt: rawNullableDate(row.pWithdrawnAt),
            admittedAt: rawNullableDate(row.pAdmittedAt),
            groupId: rawString(row.pGroupId),
            demarcheId: rawString(row.pDemarcheId),
            group: { kind: rawString(row.gKind) },
          },
  };
}

/**
 * A valid session with what the server layer needs to know about its owner,
 * or null. Read on every request, so in ONE statement: Prisma 6.19 splits a
 * findUnique with nested relations into one SELECT per relation, each
 * compiled by its query compiler (decision 019, addendum on raw SQL), and
 * sent straight to the driver adapter, without Prisma's engine (decision
 * 025). The validity rules are applied here, in code, to the loaded row.
 */
export async function findLiveSession(sid: string, now: Date = new Date()): Promise<LiveSession | null> {
  const rows = (await sql.query(Prisma.sql`
    SELECT s."id", s."kind", s."expiresAt", s."revokedAt",
      f."id" AS "fId", f."name" AS "fName", f."email" AS "fEmail", f."isDemo" AS "fIsDemo",
      f."disabledAt" AS "fDisabledAt", f."locale" AS "fLocale",
      p."id" AS "pId", p."displayName" AS "pDisplayName", p."withdrawnAt" AS "pWithdrawnAt",
      p."admittedAt" AS "pAdmittedAt", p."groupId" AS "pGroupId", p."demarcheId" AS "pDemarcheId",
      g."kind" AS "gKind"
    FROM "AuthSession" s
    LEFT JOIN "Facilitator" f ON f."id" = s."facilitatorId"
    LEFT JOIN "Participant" p ON p."id" = s."participantId"
    LEFT JOIN "Group" g ON g."id" = p."groupId"
    WHERE s."id" = ${sha256(sid)}`)) as SessionRow[];
  const row = rows[0];
  if (!row) return null;
  const record = sessionOfRow(row);
  if (record.revokedAt || record.expiresAt <= now) return null;
  if (record.kind === "facilitator" && (!record.facilitator || record.facilitator.disabledAt)) return null;
  if (record.kind === "participant" && (!record.participant || record.participant.withdrawnAt)) return null;
  return record;
}
