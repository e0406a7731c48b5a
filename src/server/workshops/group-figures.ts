import "server-only";
import {
  type DisclosureAudience,
  disclosureThreshold,
  effectiveMinSize,
  mayShowGroupFigures,
  synthesisMinimum,
} from "@/domain/group-disclosure";
import { MANDATES } from "@/domain/mandates";
import { fromPerMille, type PerMille } from "@/domain/position";
import { computeSynthesis, type GroupKind, type GroupSynthesis } from "@/domain/synthesis";
import { anonymousTexts, isGroupWorkShowable } from "@/domain/workshop";
import type { ConditionKind, DecisionMode, PisteOrientation } from "@/domain/vocabulary";
import type { AnonymousTexts, GroupFigures } from "@/lib/workshop-view";
import type { Tx } from "@/server/db";
import { TRIANGLE_COLUMNS, trianglesOf } from "@/server/positions/triangle-columns";

/**
 * A group's figures and collective work, computed from the confirmed
 * positions of its admitted members with the synthesis engine (never by
 * hand). Everything that could point at a person is left out unless the
 * group is reportable for this audience (src/domain/group-disclosure.ts,
 * decision 013).
 */

type GroupRow = { id: string; kind: string; label: string; minSize: number };

const NO_TEXTS: AnonymousTexts = {
  currentWhy: [],
  currentExamples: [],
  desiredWhy: [],
  desiredExamples: [],
  conditionsHinder: [],
  conditionsSupport: [],
};

/** Sorting key of a position pair: by value only, so the list says nothing about people. */
function valueKey(point: { current: PerMille; desired: PerMille }): string {
  return [...MANDATES.map((m) => point.current[m]), ...MANDATES.map((m) => point.desired[m])]
    .map((v) => String(v).padStart(4, "0"))
    .join(":");
}

/**
 * Whose answers count: people the facilitator admitted (decision 013). A
 * person who withdrew under the « keep anonymous » policy still counts: their
 * numbers stay in the group's figures, as the conditions d'engagement say.
 */
export const COUNTED_ANSWER_OWNER = { admittedAt: { not: null } } as const;
/** Who is a member today: admitted and not withdrawn. */
export const COUNTED_MEMBER = { admittedAt: { not: null }, withdrawnAt: null } as const;

export type FiguresAudience = {
  audience: DisclosureAudience;
  /** Whether the answers are frozen (workshop closed); see mayShowGroupFigures. */
  frozen: boolean;
};

export async function loadGroupFigures(
  client: Tx,
  group: GroupRow,
  reader: FiguresAudience = { audience: "group", frozen: true },
): Promise<GroupFigures> {
  const [positions, agreement, conditions, pistes] = await Promise.all([
    client.position.findMany({
      where: { groupId: group.id, status: "submitted", participant: COUNTED_ANSWER_OWNER },
      select: {
        id: true,
        ...TRIANGLE_COLUMNS,
        currentWhy: true,
        currentExamples: true,
        desiredWhy: true,
        desiredExamples: true,
        conditionsHinder: true,
        conditionsSupport: true,
      },
    }),
    client.groupAgreement.findUnique({ where: { groupId: group.id } }),
    client.groupCondition.findMany({
      where: { groupId: group.id },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true, kind: true, theme: true, text: true },
    }),
    client.piste.findMany({
      where: { groupId: group.id },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true, orientation: true, title: true, description: true },
    }),
  ]);

  const complete = positions.flatMap((p) => {
    const { current, desired } = trianglesOf(p);
    return current && desired ? [{ row: p, current, desired }] : [];
  });
  const agreed = agreement ? trianglesOf(agreement) : null;

  const threshold = disclosureThreshold(reader.audience, group.minSize);
  const disclosure = {
    audience: reader.audience,
    admittedConfirmed: complete.length,
    storedMinSize: group.minSize,
    frozen: reader.frozen,
  };
  const shown = mayShowGroupFigures(disclosure);
  const [synthesis] = computeSynthesis(
    [
      {
        id: group.id,
        kind: group.kind as GroupKind,
        label: group.label,
        // Only the position matters to the synthesis; ids stay server-side.
        responses: complete.map((c, index) => ({
          participantId: String(index),
          current: fromPerMille(c.current),
          desired: fromPerMille(c.desired),
        })),
        ...(agreed ? { agreed: { current: fromPerMille(agreed.current), desired: fromPerMille(agreed.desired) } } : {}),
      },
    ],
    // Not shown (too few, or not frozen yet): a minimum the count does not reach.
    { minGroupSize: synthesisMinimum(disclosure) },
  ).groups as [GroupSynthesis];

  const reportable = synthesis.reportable;
  const rows = complete.map((c) => c.row);
  return {
    submitted: complete.length,
    minSize: threshold,
    hiddenUntilClosed: !shown && complete.length >= threshold,
    synthesis,
    cloud: reportable
      ? [...complete]
          .sort((a, b) => (valueKey(a) < valueKey(b) ? -1 : valueKey(a) > valueKey(b) ? 1 : 0))
          .map((c) => ({ current: fromPerMille(c.current), desired: fromPerMille(c.desired) }))
      : [],
    texts: reportable
      ? {
          currentWhy: anonymousTexts(rows.map((r) => r.currentWhy)),
          currentExamples: anonymousTexts(rows.map((r) => r.currentExamples)),
          desiredWhy: anonymousTexts(rows.map((r) => r.desiredWhy)),
          desiredExamples: anonymousTexts(rows.map((r) => r.desiredExamples)),
          conditionsHinder: anonymousTexts(rows.map((r) => r.conditionsHinder)),
          conditionsSupport: anonymousTexts(rows.map((r) => r.conditionsSupport)),
        }
      : NO_TEXTS,
    agreement:
      agreement && agreed
        ? {
            ...agreed,
            decisionMode: agreement.decisionMode as DecisionMode,
            justification: agreement.justification,
            examples: agreement.examples,
            participantCount: agreement.participantCount,
            updatedAt: agreement.updatedAt,
          }
        : null,
    conditions: conditions.map((c) => ({ ...c, kind: c.kind as ConditionKind })),
    pistes: pistes.map((p) => ({ ...p, orientation: p.orientation as PisteOrientation })),
    workShowable: isGroupWorkShowable(
      complete.length,
      agreement?.participantCount ?? null,
      effectiveMinSize(group.minSize),
    ),
  };
}

/**
 * The same figures with everything only the facilitator may see removed. A
 * group whose work is not showable is not reportable either (reportable means
 * at least `minSize` confirmed responses), so its cloud, texts and synthesis
 * figures are already empty; what is left to remove is its collective work.
 */
export function figuresForParticipants(figures: GroupFigures): GroupFigures {
  if (figures.workShowable) return figures;
  return { ...figures, agreement: null, conditions: [], pistes: [] };
}
