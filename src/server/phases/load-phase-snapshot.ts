import "server-only";
import { effectiveMinSize } from "@/domain/group-disclosure";
import type { PhaseSnapshot } from "@/domain/phases";
import type { GroupKindValue, Phase } from "@/domain/vocabulary";
import type { Tx } from "@/server/db";
import { notFound } from "@/server/errors";
import { COUNTED_MEMBER } from "@/server/workshops/group-figures";

/**
 * Who counts towards a group's minimum: admitted by the facilitator (decision
 * 013), still taking part, with a live consent to take part.
 */
export const consentingParticipant = {
  ...COUNTED_MEMBER,
  consents: { some: { purpose: "participation", withdrawnAt: null } },
} as const;

/**
 * What the phase rules need to know about a démarche (src/domain/phases.ts).
 * The caller has already checked that the viewer runs it.
 */
export async function loadPhaseSnapshot(demarcheId: string, client: Tx): Promise<PhaseSnapshot> {
  const row = await client.demarche.findUnique({
    where: { id: demarcheId },
    select: {
      phase: true,
      privacyOfficerName: true,
      privacyOfficerContact: true,
      groups: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          label: true,
          kind: true,
          minSize: true,
          workshopClosedAt: true,
          releasedAt: true,
          reaction: { select: { groupId: true } },
          _count: { select: { participants: { where: consentingParticipant } } },
        },
      },
      caReport: { select: { publishedAt: true } },
      _count: { select: { positions: true } },
    },
  });
  if (!row) throw notFound();
  const [plenaryPisteCount, answeredPisteCount, underStudyPisteCount] = await Promise.all([
    client.piste.count({ where: { demarcheId, groupId: null } }),
    client.piste.count({ where: { demarcheId, groupId: null, answer: { isNot: null } } }),
    client.piste.count({ where: { demarcheId, groupId: null, answer: { is: { decision: "a-l-etude" } } } }),
  ]);
  return {
    phase: row.phase as Phase,
    groups: row.groups.map((g) => ({
      id: g.id,
      label: g.label,
      kind: g.kind as GroupKindValue,
      minSize: effectiveMinSize(g.minSize),
      consentingCount: g._count.participants,
      workshopClosedAt: g.workshopClosedAt,
      releasedAt: g.releasedAt,
    })),
    positionCount: row._count.positions,
    plenaryPisteCount,
    answeredPisteCount,
    underStudyPisteCount,
    caReportPublishedAt: row.caReport?.publishedAt ?? null,
    groupReactionCount: row.groups.filter((g) => g.reaction).length,
    privacyOfficerNamed: row.privacyOfficerName.trim() !== "" && row.privacyOfficerContact.trim() !== "",
  };
}
