import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { cuid } from "@/server/cuid";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import type { SqlSession } from "@/server/sql-session";

export type AuditEntry = {
  demarcheId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** References and settings only: never the content of someone's answers. */
  detail?: Record<string, unknown>;
};

function actorOf(viewer: Viewer): { actorKind: string; actorId: string | null } {
  switch (viewer.kind) {
    case "facilitator":
      return { actorKind: "facilitator", actorId: viewer.facilitatorId };
    case "participant":
      return { actorKind: "participant", actorId: viewer.participantId };
    case "report-link":
      return { actorKind: "report-link", actorId: viewer.reportLinkId };
    case "anonymous":
      return { actorKind: "system", actorId: null };
  }
}

function rowOf(viewer: Viewer, entry: AuditEntry) {
  return {
    ...actorOf(viewer),
    demarcheId: entry.demarcheId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  };
}

/** Written in the same transaction as the change it describes. */
export async function recordAudit(viewer: Viewer, entry: AuditEntry, client: Tx): Promise<void> {
  await client.auditEvent.create({ data: rowOf(viewer, entry) });
}

/**
 * The same row as recordAudit, as one raw INSERT (decision 019, addendum on
 * raw SQL): for the participant's own saves, which run on the driver adapter
 * (decision 025), where Prisma's model API is not at hand. The id is made
 * here in the form `@default(cuid())` gives, the date as `@default(now())`
 * would (a bound Date, stored in Prisma's format on both databases). Same
 * transaction rules as recordAudit: pass the transaction's session.
 */
export async function recordAuditRaw(viewer: Viewer, entry: AuditEntry, client: SqlSession): Promise<void> {
  const row = rowOf(viewer, entry);
  const count = await client.execute(Prisma.sql`
    INSERT INTO "AuditEvent"
      ("id", "demarcheId", "actorKind", "actorId", "action", "entityType", "entityId", "detail", "createdAt")
    VALUES (${cuid()}, ${row.demarcheId}, ${row.actorKind}, ${row.actorId}, ${row.action}, ${row.entityType},
      ${row.entityId}, ${row.detail}, ${new Date()})`);
  if (count !== 1) throw new Error(`audit INSERT wrote ${count} rows`);
}
