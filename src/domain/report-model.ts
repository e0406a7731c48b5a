/**
 * The report model: everything the mise en commun, the CA report (page and
 * PDF) and the JSON export show, built once from group-level rows.
 *
 * Confidentiality is decided here, so every output inherits it:
 * - the source carries no names and no individual texts (the server loads
 *   none); individual positions come in only to be counted and averaged by
 *   `computeSynthesis`, and never leave this function;
 * - a group enters only once it released its results; before that it shows
 *   its participant count and nothing else;
 * - a group under its minimum size shows no figure and no text (no
 *   justification, condition or piste that could be quoted);
 * - a group that worked on paper and entered only its agreed result shows
 *   that result when the number of people who agreed on it reaches the
 *   minimum size, marked as such, outside the comparison table (see
 *   docs/decisions/009-report-and-follow-up.md).
 *
 * Every figure of the comparison (positions, gaps, pairs, verdicts, overall)
 * comes from `computeSynthesis`; nothing here recomputes one.
 */
import type { Mandate, Position } from "./mandates";
import { DEFAULT_MOVEMENT_THRESHOLD, oppositeMovements } from "./plenary-movements";
import { fromPerMille, type PerMille } from "./position";
import { sharedThemes } from "./shared-themes";
import {
  computeSynthesis,
  DEFAULT_SYNTHESIS_OPTIONS,
  distance,
  type GroupInput,
  type GroupKind,
  type Orientation,
  type Verdict,
} from "./synthesis";
import type { AuthorRole, CaDecision, ConditionKind, DecisionMode, Phase, PisteOrientation } from "./vocabulary";

export const REPORT_MODEL_VERSION = 1;

// ─── What the server hands in ────────────────────────────────────────────────

export interface ReportSourceGroup {
  id: string;
  kind: GroupKind;
  label: string;
  minSize: number;
  releasedAt: Date | null;
  /** People currently taking part (withdrawn people excluded). */
  participantCount: number;
  /** Submitted positions only; `id` is opaque (not shown, not exported). */
  responses: readonly { id: string; current: PerMille; desired: PerMille }[];
  agreement: {
    current: PerMille;
    desired: PerMille;
    decisionMode: DecisionMode;
    justification: string;
    examples: string;
    /** Set when the group worked on paper: how many people agreed on it. */
    participantCount: number | null;
  } | null;
  conditions: readonly { kind: ConditionKind; theme: string; text: string }[];
  pistes: readonly { id: string; orientation: PisteOrientation; title: string; description: string }[];
}

export interface ReportSource {
  demarche: {
    id: string;
    name: string;
    organisationName: string;
    phase: Phase;
    /** Local dates "YYYY-MM-DD". */
    startDate: string;
    endDate: string;
    closedAt: Date | null;
  };
  /** In calendar order. */
  meetings: readonly { kind: string; title: string; startsAt: Date | null; heldAt: Date | null }[];
  /** In the démarche's group order. */
  groups: readonly ReportSourceGroup[];
  plenaryPistes: readonly {
    id: string;
    orientation: PisteOrientation;
    title: string;
    description: string;
    needsArbitrage: boolean;
    arbitrageNote: string;
    supportGroupIds: readonly string[];
    answer: {
      decision: CaDecision;
      reasons: string;
      responsible: string;
      /** Local date "YYYY-MM-DD". */
      dueDate: string | null;
      /** The CA meeting that adopted it: local date "YYYY-MM-DD", and resolution number ("" if none). */
      adoptedOn: string | null;
      resolution: string;
      writtenBy: AuthorRole;
      updatedAt: Date;
    } | null;
  }[];
  caReport: { summary: string; publishedAt: Date | null; publishedBy: AuthorRole | null } | null;
  reactions: readonly { groupId: string; text: string; updatedAt: Date }[];
  /** The earlier cycle, when the démarche points at one of the same organisation. */
  previous: Omit<ReportSource, "previous"> | null;
  generatedAt: Date;
}

// ─── What every output reads ─────────────────────────────────────────────────

/** How a group appears: with figures from its responses, with a paper result, or without figures (and why). */
export type GroupStatus = "reported" | "paper" | "too-small" | "not-released";

export interface GroupRef {
  id: string;
  label: string;
}

export interface ReportPositions {
  current: Position;
  desired: Position;
  gap: number;
  orientation: Orientation;
}

export interface ReportGroup extends GroupRef {
  kind: GroupKind;
  minSize: number;
  status: GroupStatus;
  participantCount: number;
  /** Submitted online responses; `null` before the group released its results. */
  responseCount: number | null;
  /** For a paper group: how many people agreed on its result. */
  paperParticipantCount: number | null;
  /** `null` for groups without figures. */
  positions: ReportPositions | null;
  /** Whether the positions are what the group agreed on (else the mean of its responses). */
  agreed: boolean;
  /** Mean distance of the responses to their mean, from the synthesis; `null` without figures or on paper. */
  dispersion: { current: number; desired: number } | null;
  decisionMode: DecisionMode | null;
  justification: string;
  examples: string;
  conditions: { kind: ConditionKind; theme: string; text: string }[];
  pistes: { id: string; orientation: PisteOrientation; title: string; description: string }[];
}

export interface ReportPair {
  a: GroupRef;
  b: GroupRef;
  current: { distance: number; verdict: Verdict };
  desired: { distance: number; verdict: Verdict };
}

export interface ReportSharedTheme {
  label: string;
  groups: GroupRef[];
  kinds: ConditionKind[];
  groupsByKind: Record<ConditionKind, GroupRef[]>;
}

export interface ReportMovement {
  mandate: Mandate;
  increase: (GroupRef & { delta: number })[];
  decrease: (GroupRef & { delta: number })[];
}

export interface ReportPiste {
  id: string;
  orientation: PisteOrientation;
  title: string;
  description: string;
  supportingGroups: GroupRef[];
  needsArbitrage: boolean;
  arbitrageNote: string;
  answer: {
    decision: CaDecision;
    reasons: string;
    responsible: string;
    dueDate: string | null;
    adoptedOn: string | null;
    resolution: string;
    writtenBy: AuthorRole;
    updatedAt: string;
  } | null;
}

export interface CycleComparisonRow {
  /** The group of this cycle. */
  groupId: string;
  kind: GroupKind;
  label: string;
  then: { current: Position; desired: Position };
  now: { current: Position; desired: Position };
  /** How far each position moved from one cycle to the next (`distance`). */
  currentShift: number;
  desiredShift: number;
}

export interface ReportModel {
  version: typeof REPORT_MODEL_VERSION;
  generatedAt: string;
  demarche: {
    id: string;
    name: string;
    organisationName: string;
    phase: Phase;
    startDate: string;
    endDate: string;
    cycleLabel: string;
    closedAt: string | null;
  };
  method: {
    minGroupSize: number;
    convergenceMax: number;
    divergenceMin: number;
    consolidateMax: number;
    movementThreshold: number;
  };
  meetings: { kind: string; title: string; date: string | null; held: boolean }[];
  participation: {
    groups: number;
    participants: number;
    /** Groups that released their results. */
    releasedGroups: number;
  };
  groups: ReportGroup[];
  pairs: ReportPair[];
  overall: { current: Position | null; desired: Position | null; gap: number | null; orientation: Orientation | null };
  sharedThemes: ReportSharedTheme[];
  oppositeMovements: ReportMovement[];
  pistes: ReportPiste[];
  caReport: { summary: string; publishedAt: string | null; publishedBy: AuthorRole | null } | null;
  /** Shown once the CA's report is published; a reaction once given stays (the size is checked when it is given). */
  reactions: { group: GroupRef; text: string; updatedAt: string }[];
  previousCycle: {
    demarcheId: string;
    name: string;
    cycleLabel: string;
    /** Groups with figures in both cycles, in this cycle's group order. */
    rows: CycleComparisonRow[];
    /** Every group of this cycle, in order: whether it is compared, and if not, why (never a figure). */
    groups: { groupId: string; comparison: CycleComparison }[];
  } | null;
}

/**
 * Whether a group of this cycle is compared with the earlier one: `compared`
 * when both cycles' groups show figures (they reached the minimum and
 * released their results); `absent` when the earlier cycle had no group of
 * its kind; otherwise which cycle's group has no figures.
 */
export type CycleComparison = "compared" | "absent" | "no-figures-then" | "no-figures-now" | "no-figures-both";

/** « 2026-2027 » from the démarche's dates; one year when both fall in it. */
export function cycleLabel(startYmd: string, endYmd: string): string {
  const start = startYmd.slice(0, 4);
  const end = endYmd.slice(0, 4);
  return start === end ? start : `${start}-${end}`;
}

const toPosition = (perMille: PerMille): Position => fromPerMille(perMille);
const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

/**
 * Builds the model. Pure: the same source gives the same model.
 *
 * @throws RangeError when a stored position is invalid (a storage bug).
 */
export function buildReportModel(source: ReportSource): ReportModel {
  const core = buildCore(source);
  return {
    ...core,
    previousCycle: source.previous === null ? null : compareCycles(source.previous, core.groups),
  };
}

function buildCore(source: Omit<ReportSource, "previous">): Omit<ReportModel, "previousCycle"> {
  const settings = DEFAULT_SYNTHESIS_OPTIONS;
  const released = source.groups.filter((group) => group.releasedAt !== null);

  // Only released groups enter the synthesis. A group with fewer responses
  // than its own (possibly stricter) minimum size enters with none, so the
  // synthesis withholds every figure for it as it does below the default.
  const inputs: GroupInput[] = released.map((group) => {
    const enough = group.responses.length >= Math.max(group.minSize, settings.minGroupSize);
    return {
      id: group.id,
      kind: group.kind,
      label: group.label,
      responses: enough
        ? group.responses.map((r) => ({
            participantId: r.id,
            current: toPosition(r.current),
            desired: toPosition(r.desired),
          }))
        : [],
      ...(group.agreement
        ? { agreed: { current: toPosition(group.agreement.current), desired: toPosition(group.agreement.desired) } }
        : {}),
    };
  });
  const synthesis = computeSynthesis(inputs, { minGroupSize: settings.minGroupSize });
  const byId = new Map(synthesis.groups.map((g) => [g.id, g]));

  const groups: ReportGroup[] = source.groups.map((group) => {
    const base = {
      id: group.id,
      label: group.label,
      kind: group.kind,
      minSize: group.minSize,
      participantCount: group.participantCount,
    };
    const empty = {
      paperParticipantCount: null,
      positions: null,
      agreed: false,
      dispersion: null,
      decisionMode: null,
      justification: "",
      examples: "",
      conditions: [],
      pistes: [],
    };
    if (group.releasedAt === null) {
      return { ...base, ...empty, status: "not-released", responseCount: null };
    }
    const figures = byId.get(group.id);
    const texts = {
      decisionMode: group.agreement?.decisionMode ?? null,
      justification: group.agreement?.justification ?? "",
      examples: group.agreement?.examples ?? "",
      conditions: group.conditions.map((c) => ({ kind: c.kind, theme: c.theme, text: c.text })),
      pistes: group.pistes.map((p) => ({
        id: p.id,
        orientation: p.orientation,
        title: p.title,
        description: p.description,
      })),
    };
    if (figures?.reportable && figures.current && figures.desired && figures.gap !== null && figures.orientation) {
      return {
        ...base,
        ...texts,
        status: "reported",
        responseCount: group.responses.length,
        paperParticipantCount: null,
        positions: {
          current: figures.current,
          desired: figures.desired,
          gap: figures.gap,
          orientation: figures.orientation,
        },
        agreed: group.agreement !== null,
        dispersion: figures.dispersion,
      };
    }
    const paperCount = group.agreement?.participantCount ?? null;
    if (group.agreement && paperCount !== null && paperCount >= Math.max(group.minSize, settings.minGroupSize)) {
      const current = toPosition(group.agreement.current);
      const desired = toPosition(group.agreement.desired);
      // The synthesis has no figure for a group without responses; the gap of
      // its agreed result uses the contract's distance and threshold.
      const gap = distance(current, desired);
      return {
        ...base,
        ...texts,
        status: "paper",
        responseCount: group.responses.length,
        paperParticipantCount: paperCount,
        positions: {
          current,
          desired,
          gap,
          orientation: gap <= settings.consolidateMax ? "consolider" : "changer-de-cap",
        },
        agreed: true,
        dispersion: null,
      };
    }
    return { ...base, ...empty, status: "too-small", responseCount: group.responses.length };
  });

  const refs = new Map(groups.map((g) => [g.id, { id: g.id, label: g.label }]));
  const ref = (id: string): GroupRef => refs.get(id) ?? { id, label: "" };
  const withTexts = new Set(groups.filter((g) => g.status === "reported" || g.status === "paper").map((g) => g.id));

  const themes = sharedThemes(
    groups
      .filter((g) => withTexts.has(g.id))
      .flatMap((g) => g.conditions.map((c) => ({ groupId: g.id, kind: c.kind, theme: c.theme }))),
  ).map((theme) => ({
    label: theme.label,
    groups: theme.groupIds.map(ref),
    kinds: theme.kinds,
    groupsByKind: { entrave: theme.groupIdsByKind.entrave.map(ref), favorise: theme.groupIdsByKind.favorise.map(ref) },
  }));

  const reported = synthesis.groups.flatMap((g) =>
    g.reportable && g.current && g.desired ? [{ id: g.id, current: g.current, desired: g.desired }] : [],
  );
  const movements = oppositeMovements(reported, DEFAULT_MOVEMENT_THRESHOLD).map((m) => ({
    mandate: m.mandate,
    increase: m.increase.map((x) => ({ ...ref(x.id), delta: x.delta })),
    decrease: m.decrease.map((x) => ({ ...ref(x.id), delta: x.delta })),
  }));

  const published = source.caReport?.publishedAt ?? null;
  // A reaction is the group's own words. Whether the group is large enough
  // not to point at one person is checked when it is given
  // (saveGroupReaction); once given it stays, even if a member withdraws
  // later (decision 009).

  return {
    version: REPORT_MODEL_VERSION,
    generatedAt: source.generatedAt.toISOString(),
    demarche: {
      id: source.demarche.id,
      name: source.demarche.name,
      organisationName: source.demarche.organisationName,
      phase: source.demarche.phase,
      startDate: source.demarche.startDate,
      endDate: source.demarche.endDate,
      cycleLabel: cycleLabel(source.demarche.startDate, source.demarche.endDate),
      closedAt: iso(source.demarche.closedAt),
    },
    method: {
      minGroupSize: settings.minGroupSize,
      convergenceMax: settings.convergenceMax,
      divergenceMin: settings.divergenceMin,
      consolidateMax: settings.consolidateMax,
      movementThreshold: DEFAULT_MOVEMENT_THRESHOLD,
    },
    meetings: source.meetings.map((m) => ({
      kind: m.kind,
      title: m.title,
      date: iso(m.heldAt ?? m.startsAt),
      held: m.heldAt !== null,
    })),
    participation: {
      groups: groups.length,
      participants: groups.reduce((sum, g) => sum + g.participantCount, 0),
      releasedGroups: released.length,
    },
    groups,
    pairs: synthesis.pairs.map((pair) => ({
      a: ref(pair.a),
      b: ref(pair.b),
      current: pair.current,
      desired: pair.desired,
    })),
    overall: synthesis.overall,
    sharedThemes: themes,
    oppositeMovements: movements,
    pistes: source.plenaryPistes.map((piste) => ({
      id: piste.id,
      orientation: piste.orientation,
      title: piste.title,
      description: piste.description,
      supportingGroups: piste.supportGroupIds.filter((id) => refs.has(id)).map(ref),
      needsArbitrage: piste.needsArbitrage,
      arbitrageNote: piste.arbitrageNote,
      answer:
        piste.answer === null
          ? null
          : {
              decision: piste.answer.decision,
              reasons: piste.answer.reasons,
              responsible: piste.answer.responsible,
              dueDate: piste.answer.dueDate,
              adoptedOn: piste.answer.adoptedOn,
              resolution: piste.answer.resolution,
              writtenBy: piste.answer.writtenBy,
              updatedAt: piste.answer.updatedAt.toISOString(),
            },
    })),
    caReport:
      source.caReport === null
        ? null
        : {
            summary: source.caReport.summary,
            publishedAt: iso(published),
            publishedBy: published === null ? null : source.caReport.publishedBy,
          },
    reactions:
      published === null
        ? []
        : source.reactions
            .filter((r) => r.text.trim() !== "")
            .map((r) => ({ group: ref(r.groupId), text: r.text, updatedAt: r.updatedAt.toISOString() })),
  };
}

/**
 * Then and now, group by group: groups are matched by kind (« autre » groups
 * also by label; the n-th group of a kind with the n-th of the earlier
 * cycle), and a row appears only when both cycles show figures.
 */
function compareCycles(previous: Omit<ReportSource, "previous">, now: ReportGroup[]): ReportModel["previousCycle"] {
  const then = buildCore(previous);
  const key = (g: { kind: GroupKind; label: string }) =>
    g.kind === "autre" ? `autre:${g.label.trim().toLowerCase()}` : g.kind;
  const earlier = new Map<string, ReportGroup[]>();
  for (const group of then.groups) earlier.set(key(group), [...(earlier.get(key(group)) ?? []), group]);

  const rows: CycleComparisonRow[] = [];
  const groups: { groupId: string; comparison: CycleComparison }[] = [];
  for (const group of now) {
    const before = earlier.get(key(group))?.shift();
    const comparison: CycleComparison =
      before === undefined
        ? "absent"
        : before.positions && group.positions
          ? "compared"
          : before.positions
            ? "no-figures-now"
            : group.positions
              ? "no-figures-then"
              : "no-figures-both";
    groups.push({ groupId: group.id, comparison });
    if (comparison !== "compared" || !before?.positions || !group.positions) continue;
    rows.push({
      groupId: group.id,
      kind: group.kind,
      label: group.label,
      then: { current: before.positions.current, desired: before.positions.desired },
      now: { current: group.positions.current, desired: group.positions.desired },
      currentShift: distance(before.positions.current, group.positions.current),
      desiredShift: distance(before.positions.desired, group.positions.desired),
    });
  }
  return {
    demarcheId: then.demarche.id,
    name: then.demarche.name,
    cycleLabel: then.demarche.cycleLabel,
    rows,
    groups,
  };
}
/** The verdicts of a comparison, in words the page and the PDF share (keys under "report.verdict"). */
export function pairsWith(
  model: Pick<ReportModel, "pairs">,
  step: "current" | "desired",
  verdict: Verdict,
): ReportPair[] {
  return model.pairs.filter((pair) => pair[step].verdict === verdict);
}

/** Pistes the CA has not answered yet. */
export function unansweredPistes(model: Pick<ReportModel, "pistes">): ReportPiste[] {
  return model.pistes.filter((piste) => piste.answer === null);
}
