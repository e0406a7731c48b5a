import "server-only";
import type { Tx } from "@/server/db";

/**
 * Names of facilitator accounts, for the screens other facilitators of a
 * démarche read (who typed an answer in, wrote the minutes, recorded the CA's
 * answer). Participants keep seeing the role only (decision 021). An account
 * deleted since is simply absent from the map.
 */
export async function facilitatorNames(ids: (string | null | undefined)[], client: Tx): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await client.facilitator.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Who last did `action` on this row, from the audit trail (a facilitator's name, or null). */
export async function lastFacilitatorFor(
  demarcheId: string,
  action: string,
  entityId: string,
  client: Tx,
): Promise<{ name: string; at: Date } | null> {
  const event = await client.auditEvent.findFirst({
    where: { demarcheId, action, entityId, actorKind: "facilitator" },
    orderBy: { createdAt: "desc" },
    select: { actorId: true, createdAt: true },
  });
  if (!event?.actorId) return null;
  const name = (await facilitatorNames([event.actorId], client)).get(event.actorId);
  return name ? { name, at: event.createdAt } : null;
}
