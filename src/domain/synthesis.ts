/**
 * Synthesis of the groups' positions: where they converge and diverge.
 *
 * PUBLIC CONTRACT: outside checks import this file by path and by these names
 * (see "Synthesis: how convergence and divergence are computed" in docs/domain.md).
 * Pure and deterministic: no I/O, no framework imports, no clock, no randomness.
 */
import { ExactSum } from "./exact-sum";
import { positionProblem, type Position } from "./mandates";

export type { Mandate, Position } from "./mandates";

export type GroupKind = "intervenants" | "destinataires" | "administrateurs" | "autre";

export interface GroupInput {
  id: string;
  kind: GroupKind;
  label: string;
  responses: { participantId: string; current: Position; desired: Position }[];
  /** What the group settled on together; overrides the centroid when present. */
  agreed?: { current: Position; desired: Position };
}

export interface SynthesisOptions {
  /** A group with fewer responses is not reported. Default 3. */
  minGroupSize?: number;
  /** Two positions at most this far apart converge. Default 0.15. */
  convergenceMax?: number;
  /** Two positions at least this far apart diverge. Default 0.30. */
  divergenceMin?: number;
  /** A gap at most this large means "consolider des acquis". Default 0.10. */
  consolidateMax?: number;
}

export const DEFAULT_SYNTHESIS_OPTIONS: Readonly<Required<SynthesisOptions>> = Object.freeze({
  minGroupSize: 3,
  convergenceMax: 0.15,
  divergenceMin: 0.3,
  consolidateMax: 0.1,
});

export type Verdict = "convergence" | "nuance" | "divergence";
export type Orientation = "consolider" | "changer-de-cap";

/**
 * One group's figures. When `reportable` is false every figure is `null`, so
 * nothing is shown that could single out a person.
 */
export interface GroupSynthesis {
  id: string;
  kind: GroupKind;
  label: string;
  /** Number of responses. */
  n: number;
  reportable: boolean;
  /** Component-wise mean of the responses. */
  centroid: { current: Position; desired: Position } | null;
  /** The agreed position when the group has one, else the centroid. */
  current: Position | null;
  desired: Position | null;
  /** Mean distance from each response to the centroid. */
  dispersion: { current: number; desired: number } | null;
  /** `distance(current, desired)`. */
  gap: number | null;
  orientation: Orientation | null;
}

export interface PairComparison {
  /** Group ids; `a` comes before `b` in input order. */
  a: string;
  b: string;
  current: { distance: number; verdict: Verdict };
  desired: { distance: number; verdict: Verdict };
}

export interface OverallSynthesis {
  /** Mean of the reportable groups' positions, each group weighing the same. */
  current: Position | null;
  desired: Position | null;
  gap: number | null;
  orientation: Orientation | null;
}

export interface Synthesis {
  /** In input order. */
  groups: GroupSynthesis[];
  /** One entry per pair of reportable groups. */
  pairs: PairComparison[];
  overall: OverallSynthesis;
}

/**
 * Distance between two positions, scaled so that two corners are 1 apart:
 * `sqrt((Δexpertise² + Δrepresentation² + Δparticipation²) / 2)`.
 *
 * In an equilateral drawing of the triangle this is exactly the drawn
 * Euclidean distance divided by the side length, so arrows are faithful.
 *
 * @throws RangeError when either argument is not a valid position.
 */
export function distance(a: Position, b: Position): number {
  const problemA = positionProblem(a);
  if (problemA !== null) {
    throw new RangeError(`distance(): first position is invalid: ${problemA}`);
  }
  const problemB = positionProblem(b);
  if (problemB !== null) {
    throw new RangeError(`distance(): second position is invalid: ${problemB}`);
  }
  return unsafeDistance(a, b);
}

/** `distance` without validation, for positions already checked. */
function unsafeDistance(a: Position, b: Position): number {
  const de = a.expertise - b.expertise;
  const dr = a.representation - b.representation;
  const dp = a.participation - b.participation;
  const squares = de * de + dr * dr + dp * dp;
  // Below ~1e-290 the squares may have underflowed (to 0 for two distinct
  // points): Math.hypot scales first and stays accurate there. It is 3-4 times
  // slower, so it is kept for that rare case; both give 1 between corners.
  const d = squares > 1e-290 ? Math.sqrt(squares / 2) : Math.hypot(de, dr, dp) / Math.SQRT2;
  // On the triangle the distance is at most 1; more can only come from the
  // ±1e-6 tolerance on sums or from rounding. min(1, d) is still a metric.
  return d > 1 ? 1 : d;
}

/**
 * Per group: counts, centroids, dispersion and gap; per pair of reportable
 * groups: convergence or divergence; overall: the mean of the groups.
 *
 * Cost: O(total responses) for validation and means, plus O(groups²) pairs.
 * Sums are exact (correctly rounded), so the result is bit-identical whatever
 * the order of responses inside a group (and of the groups in `overall`).
 *
 * @throws RangeError on invalid input (negative, non-finite or not summing to
 *   1 weights, duplicate group ids, invalid options); the message names the
 *   group and participant.
 */
export function computeSynthesis(groups: GroupInput[], options: SynthesisOptions = {}): Synthesis {
  const settings = resolveOptions(options);
  validateGroups(groups);

  const groupResults = groups.map((group) => summarizeGroup(group, settings));

  const reportable: { id: string; current: Position; desired: Position }[] = [];
  for (const group of groupResults) {
    if (group.current !== null && group.desired !== null) {
      reportable.push({ id: group.id, current: group.current, desired: group.desired });
    }
  }

  const pairs: PairComparison[] = [];
  for (let i = 0; i < reportable.length; i++) {
    const a = reportable[i] as (typeof reportable)[number];
    for (let j = i + 1; j < reportable.length; j++) {
      const b = reportable[j] as (typeof reportable)[number];
      pairs.push({
        a: a.id,
        b: b.id,
        current: compare(a.current, b.current, settings),
        desired: compare(a.desired, b.desired, settings),
      });
    }
  }

  return { groups: groupResults, pairs, overall: summarizeOverall(reportable, settings) };
}

function resolveOptions(options: SynthesisOptions): Required<SynthesisOptions> {
  const settings: Required<SynthesisOptions> = {
    minGroupSize: options.minGroupSize ?? DEFAULT_SYNTHESIS_OPTIONS.minGroupSize,
    convergenceMax: options.convergenceMax ?? DEFAULT_SYNTHESIS_OPTIONS.convergenceMax,
    divergenceMin: options.divergenceMin ?? DEFAULT_SYNTHESIS_OPTIONS.divergenceMin,
    consolidateMax: options.consolidateMax ?? DEFAULT_SYNTHESIS_OPTIONS.consolidateMax,
  };
  // A group of zero responses has no mean, so it can never be reportable.
  if (!Number.isInteger(settings.minGroupSize) || settings.minGroupSize < 1) {
    throw new RangeError(`Invalid option minGroupSize: ${settings.minGroupSize} (expected an integer >= 1)`);
  }
  for (const name of ["convergenceMax", "divergenceMin", "consolidateMax"] as const) {
    const value = settings[name];
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`Invalid option ${name}: ${value} (expected a finite number >= 0)`);
    }
  }
  return settings;
}

type Step = "current" | "desired";
const STEPS: readonly Step[] = ["current", "desired"];

function describeGroup(group: GroupInput): string {
  return `group "${group.id}" ("${group.label}")`;
}

function validateGroups(groups: GroupInput[]): void {
  const seen = new Map<string, GroupInput>();
  for (const group of groups) {
    const previous = seen.get(group.id);
    if (previous !== undefined) {
      throw new RangeError(`Duplicate group id "${group.id}": used by "${previous.label}" and "${group.label}"`);
    }
    seen.set(group.id, group);

    for (const response of group.responses) {
      for (const step of STEPS) {
        const problem = positionProblem(response[step]);
        if (problem !== null) {
          throw new RangeError(
            `Invalid ${step} position of participant "${response.participantId}" in ${describeGroup(group)}: ${problem}`,
          );
        }
      }
    }

    if (group.agreed !== undefined) {
      for (const step of STEPS) {
        const problem = positionProblem(group.agreed[step]);
        if (problem !== null) {
          throw new RangeError(`Invalid agreed ${step} position of ${describeGroup(group)}: ${problem}`);
        }
      }
    }
  }
}

function summarizeGroup(group: GroupInput, settings: Required<SynthesisOptions>): GroupSynthesis {
  const n = group.responses.length;
  const reportable = n >= settings.minGroupSize;
  if (!reportable) {
    return {
      id: group.id,
      kind: group.kind,
      label: group.label,
      n,
      reportable,
      centroid: null,
      current: null,
      desired: null,
      dispersion: null,
      gap: null,
      orientation: null,
    };
  }

  const centroid = {
    current: meanPosition(group.responses, "current"),
    desired: meanPosition(group.responses, "desired"),
  };
  const dispersion = {
    current: meanDistanceTo(group.responses, "current", centroid.current),
    desired: meanDistanceTo(group.responses, "desired", centroid.desired),
  };
  const current = group.agreed?.current ?? centroid.current;
  const desired = group.agreed?.desired ?? centroid.desired;
  const gap = unsafeDistance(current, desired);

  return {
    id: group.id,
    kind: group.kind,
    label: group.label,
    n,
    reportable,
    centroid,
    current: copyPosition(current),
    desired: copyPosition(desired),
    dispersion,
    gap,
    orientation: orientationOf(gap, settings),
  };
}

function summarizeOverall(
  reportable: readonly { current: Position; desired: Position }[],
  settings: Required<SynthesisOptions>,
): OverallSynthesis {
  if (reportable.length === 0) {
    return { current: null, desired: null, gap: null, orientation: null };
  }
  const current = meanPosition(reportable, "current");
  const desired = meanPosition(reportable, "desired");
  const gap = unsafeDistance(current, desired);
  return { current, desired, gap, orientation: orientationOf(gap, settings) };
}

/**
 * Component-wise mean of `items[i][step]`, with exact sums so the order of the
 * items does not change a single bit. Reads the step by key rather than
 * mapping to a new array: this runs once per response.
 */
function meanPosition(items: readonly Record<Step, Position>[], step: Step): Position {
  const expertise = new ExactSum();
  const representation = new ExactSum();
  const participation = new ExactSum();
  for (const item of items) {
    const position = item[step];
    expertise.add(position.expertise);
    representation.add(position.representation);
    participation.add(position.participation);
  }
  const n = items.length;
  // `+ 0` turns -0 (possible when every term is -0) into 0.
  return {
    expertise: expertise.value() / n + 0,
    representation: representation.value() / n + 0,
    participation: participation.value() / n + 0,
  };
}

function meanDistanceTo(items: readonly Record<Step, Position>[], step: Step, center: Position): number {
  const sum = new ExactSum();
  for (const item of items) {
    sum.add(unsafeDistance(item[step], center));
  }
  return sum.value() / items.length;
}

function compare(
  a: Position,
  b: Position,
  settings: Required<SynthesisOptions>,
): { distance: number; verdict: Verdict } {
  const d = unsafeDistance(a, b);
  return { distance: d, verdict: verdictOf(d, settings) };
}

/**
 * Convergence is tested first: if a caller sets overlapping thresholds
 * (convergenceMax >= divergenceMin), the contract's order of rules decides.
 */
function verdictOf(d: number, settings: Required<SynthesisOptions>): Verdict {
  if (d <= settings.convergenceMax) return "convergence";
  if (d >= settings.divergenceMin) return "divergence";
  return "nuance";
}

function orientationOf(gap: number, settings: Required<SynthesisOptions>): Orientation {
  return gap <= settings.consolidateMax ? "consolider" : "changer-de-cap";
}

/** A fresh object, so callers mutating the result cannot touch the input. */
function copyPosition(position: Position): Position {
  return {
    expertise: position.expertise,
    representation: position.representation,
    participation: position.participation,
  };
}
