/**
 * The « inter-organismes » context (decision 023): two organisations, two
 * workshops (the intervenant.e.s of both together, the destinataires of both
 * together), each placing ONE agreed position pair per organisation.
 *
 * Beside the synthesis engine, whose contract does not change: this module
 * reuses its `distance` and its default thresholds, and says which pairs of
 * agreed positions are compared. Pure: no I/O, no clock.
 */
import type { PlannedMeeting } from "./meeting-template";
import { DEFAULT_SYNTHESIS_OPTIONS, distance, type Orientation, type Position, type Verdict } from "./synthesis";

export const DEMARCHE_CONTEXTS = ["intra-organisme", "inter-organismes"] as const;
export type DemarcheContext = (typeof DEMARCHE_CONTEXTS)[number];

/** The two organisations of an inter démarche, in the order they were named at creation. */
export const INTER_SIDES = ["a", "b"] as const;
export type InterSide = (typeof INTER_SIDES)[number];

/** The two workshops, stored as the démarche's two groups of these kinds. */
export const INTER_WORKSHOPS = ["intervenants", "destinataires"] as const;
export type InterWorkshop = (typeof INTER_WORKSHOPS)[number];

/** What one workshop agreed about one organisation. */
export interface InterAgreedPosition {
  workshop: InterWorkshop;
  side: InterSide;
  current: Position;
  desired: Position;
}

/** Where an agreed position sits: which workshop said it, about which organisation. */
export type InterCell = { workshop: InterWorkshop; side: InterSide };

export interface InterComparison {
  /**
   * "organisations": the same workshop about A and about B;
   * "perspectives": the intervenant.e.s and the destinataires about the same organisation.
   */
  kind: "organisations" | "perspectives";
  a: InterCell;
  b: InterCell;
  current: { distance: number; verdict: Verdict };
  desired: { distance: number; verdict: Verdict };
}

export interface InterPositionReading extends InterCell {
  /** distance(current, desired) */
  gap: number;
  orientation: Orientation;
}

export const otherSide = (side: InterSide): InterSide => (side === "a" ? "b" : "a");

function verdictOf(d: number): Verdict {
  if (d <= DEFAULT_SYNTHESIS_OPTIONS.convergenceMax) return "convergence";
  if (d >= DEFAULT_SYNTHESIS_OPTIONS.divergenceMin) return "divergence";
  return "nuance";
}

function compare(a: Position, b: Position): { distance: number; verdict: Verdict } {
  const d = distance(a, b);
  return { distance: d, verdict: verdictOf(d) };
}

/**
 * Keeps one agreed position per (workshop, organisation).
 * @throws RangeError on a duplicate cell or an invalid position.
 */
function indexCells(agreed: readonly InterAgreedPosition[]): Map<string, InterAgreedPosition> {
  const cells = new Map<string, InterAgreedPosition>();
  for (const item of agreed) {
    const key = `${item.workshop}:${item.side}`;
    if (cells.has(key)) throw new RangeError(`two agreed positions for ${key}`);
    // distance() validates; checking here names the cell.
    distance(item.current, item.desired);
    cells.set(key, item);
  }
  return cells;
}

/**
 * The comparisons of an inter démarche, in this order: A vs B in the
 * intervenant.e.s' workshop, A vs B in the destinataires' workshop, then
 * intervenant.e.s vs destinataires about A, and about B. A pair appears only
 * when both of its agreed positions exist.
 *
 * @throws RangeError on a duplicate (workshop, organisation) or an invalid position.
 */
export function interComparisons(agreed: readonly InterAgreedPosition[]): InterComparison[] {
  const cells = indexCells(agreed);
  const at = (workshop: InterWorkshop, side: InterSide) => cells.get(`${workshop}:${side}`);
  const result: InterComparison[] = [];
  const push = (
    kind: InterComparison["kind"],
    x: InterAgreedPosition | undefined,
    y: InterAgreedPosition | undefined,
  ) => {
    if (!x || !y) return;
    result.push({
      kind,
      a: { workshop: x.workshop, side: x.side },
      b: { workshop: y.workshop, side: y.side },
      current: compare(x.current, y.current),
      desired: compare(x.desired, y.desired),
    });
  };
  for (const workshop of INTER_WORKSHOPS) push("organisations", at(workshop, "a"), at(workshop, "b"));
  for (const side of INTER_SIDES) push("perspectives", at("intervenants", side), at("destinataires", side));
  return result;
}

/** Each agreed position's gap and orientation, in workshop then organisation order. */
export function interReadings(agreed: readonly InterAgreedPosition[]): InterPositionReading[] {
  const cells = indexCells(agreed);
  const readings: InterPositionReading[] = [];
  for (const workshop of INTER_WORKSHOPS) {
    for (const side of INTER_SIDES) {
      const cell = cells.get(`${workshop}:${side}`);
      if (!cell) continue;
      const gap = distance(cell.current, cell.desired);
      readings.push({
        workshop,
        side,
        gap,
        orientation: gap <= DEFAULT_SYNTHESIS_OPTIONS.consolidateMax ? "consolider" : "changer-de-cap",
      });
    }
  }
  return readings;
}

/** Which of the four agreed positions are still missing, in workshop then organisation order. */
export function missingCells(agreed: readonly InterCell[]): InterCell[] {
  const have = new Set(agreed.map((c) => `${c.workshop}:${c.side}`));
  return INTER_WORKSHOPS.flatMap((workshop) =>
    INTER_SIDES.filter((side) => !have.has(`${workshop}:${side}`)).map((side) => ({ workshop, side })),
  );
}

/**
 * One organisation's copy of the bilan lists its own organisation first:
 * the comparisons are the same four for both copies (both organisations
 * consented to being named to the other), only their order changes.
 */
export function comparisonsForCopy(comparisons: readonly InterComparison[], side: InterSide): InterComparison[] {
  const rank = (c: InterComparison) => (c.kind === "organisations" ? 0 : c.a.side === side ? 1 : 2);
  return [...comparisons].sort((x, y) => rank(x) - rank(y));
}

/**
 * The default calendar of an inter démarche (decision 023): the launch, the
 * two workshops (group indexes 0 = intervenant.e.s, 1 = destinataires), the
 * shared meeting of the four and the bilan, spread over the period.
 */
export function defaultInterMeetingPlan(spanDays: number): (PlannedMeeting & { bilan: boolean })[] {
  if (!Number.isInteger(spanDays) || spanDays < 0) throw new RangeError("spanDays must be a non-negative integer");
  const at = (fraction: number) => Math.round(spanDays * fraction);
  return [
    { kind: "lancement", groupIndex: null, dayOffset: 0, bilan: false },
    { kind: "atelier", groupIndex: 0, dayOffset: at(0.2), bilan: false },
    { kind: "atelier", groupIndex: 1, dayOffset: at(0.3), bilan: false },
    { kind: "mise_en_commun", groupIndex: null, dayOffset: at(0.6), bilan: false },
    { kind: "autre", groupIndex: null, dayOffset: at(0.9), bilan: true },
  ];
}

/** Two to three months: the default period of an inter démarche is ten weeks. */
export const INTER_DEFAULT_SPAN_DAYS = 70;
