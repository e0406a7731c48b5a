import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import type { Tx } from "@/server/db";

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

/** Written in the same transaction as the change it describes. */
export async function recordAudit(viewer: Viewer, entry: AuditEntry, client: Tx): Promise<void> {
  await client.auditEvent.create({
    data: {
      ...actorOf(viewer),
      demarcheId: entry.demarcheId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    },
  });
}
