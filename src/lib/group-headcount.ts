/**
 * What the facilitator's pages say about a group's headcount. Before and
 * during the démarche, the count is a target (« 2 sur 3 », « Il manque 1
 * personne »). Once it is closed, it is history: nothing is missing any more,
 * and once retention has erased the names (anonymisedAt), the count of people
 * still named is meaningless, so it is not shown as a shortfall.
 */
export type GroupHeadcount =
  | { kind: "anonymised" }
  | { kind: "closed"; count: number }
  | { kind: "complete"; count: number; min: number }
  | { kind: "missing"; count: number; min: number; missing: number };

export function groupHeadcount(
  group: { consentingCount: number; minSize: number },
  demarche: { closed: boolean; anonymisedAt: Date | null },
  minGroupSize = 3,
): GroupHeadcount {
  if (demarche.anonymisedAt !== null) return { kind: "anonymised" };
  if (demarche.closed) return { kind: "closed", count: group.consentingCount };
  const min = Math.max(group.minSize, minGroupSize);
  const missing = Math.max(0, min - group.consentingCount);
  return missing > 0
    ? { kind: "missing", count: group.consentingCount, min, missing }
    : { kind: "complete", count: group.consentingCount, min };
}
