/**
 * Plain-language readings of the synthesis numbers, for people who read
 * little: every number shown to participants and to the CA gets a few words
 * beside it (« Écart : 0,24 — un changement modéré »). The numbers stay for
 * those who want them. Pure: it returns message keys under the `plainReadings`
 * namespace (messages/fr), never text, and uses the synthesis thresholds
 * (DEFAULT_SYNTHESIS_OPTIONS) so a reading never contradicts a verdict or an
 * orientation computed from the same number.
 *
 * Distances are on the triangle's scale (0 = same point, 1 = opposite corners).
 */
import { DEFAULT_SYNTHESIS_OPTIONS, type SynthesisOptions, type Verdict } from "./synthesis";

export type GapReading = "none" | "small" | "moderate" | "large";
export type DispersionReading = "agree" | "mixed" | "divided";
export type DistanceReading = "close" | "partly" | "apart";

export type PlainReadingKey =
  | `plainReadings.gap.${GapReading}`
  | `plainReadings.shift.${GapReading}`
  | `plainReadings.dispersion.${DispersionReading}`
  | `plainReadings.distance.${DistanceReading}`;

type Thresholds = Required<Pick<SynthesisOptions, "consolidateMax" | "convergenceMax" | "divergenceMin">>;

function thresholds(options: SynthesisOptions = {}): Thresholds {
  return {
    consolidateMax: options.consolidateMax ?? DEFAULT_SYNTHESIS_OPTIONS.consolidateMax,
    convergenceMax: options.convergenceMax ?? DEFAULT_SYNTHESIS_OPTIONS.convergenceMax,
    divergenceMin: options.divergenceMin ?? DEFAULT_SYNTHESIS_OPTIONS.divergenceMin,
  };
}

/** Below this, the two positions are drawn on the same spot: « aucun changement ». */
export const SAME_SPOT = 0.005;

function check(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`Invalid ${what}: ${value}`);
}

/**
 * The gap between where practices are and where the group (or a person)
 * would like them: small is « consolider des acquis » (same threshold as the
 * orientation), large is as far as two groups that diverge.
 */
export function gapReading(gap: number, options?: SynthesisOptions): GapReading {
  check(gap, "gap");
  const t = thresholds(options);
  if (gap < SAME_SPOT) return "none";
  if (gap <= t.consolidateMax) return "small";
  if (gap < t.divergenceMin) return "moderate";
  return "large";
}

/**
 * How far the members of a group were from their group's average (the
 * synthesis's dispersion): within the convergence distance they were rather
 * in agreement; from the divergence distance on, divided.
 */
export function dispersionReading(dispersion: number, options?: SynthesisOptions): DispersionReading {
  check(dispersion, "dispersion");
  const t = thresholds(options);
  if (dispersion <= t.convergenceMax) return "agree";
  if (dispersion < t.divergenceMin) return "mixed";
  return "divided";
}

/**
 * The distance between two groups' positions, in the words of the verdict it
 * gives (convergence, nuance, divergence), so « Nuance (0,15) » says what it means.
 */
export function distanceReading(distance: number, options?: SynthesisOptions): DistanceReading {
  check(distance, "distance");
  const t = thresholds(options);
  if (distance <= t.convergenceMax) return "close";
  if (distance >= t.divergenceMin) return "apart";
  return "partly";
}

/** The distance reading that says, in words, what a comparison's verdict means (same thresholds). */
const VERDICT_DISTANCE: Record<Verdict, DistanceReading> = { convergence: "close", nuance: "partly", divergence: "apart" };

/** Message keys of the readings, for callers that translate later (the CA report's outline). */
export const plainReadingKey = {
  gap: (gap: number, options?: SynthesisOptions): PlainReadingKey => `plainReadings.gap.${gapReading(gap, options)}`,
  /**
   * How far a group's position moved from one cycle to the next: the same
   * scale and thresholds as the gap, in words about a move (« un petit
   * déplacement »), not a wish.
   */
  shift: (value: number, options?: SynthesisOptions): PlainReadingKey =>
    `plainReadings.shift.${gapReading(value, options)}`,
  dispersion: (value: number, options?: SynthesisOptions): PlainReadingKey =>
    `plainReadings.dispersion.${dispersionReading(value, options)}`,
  distance: (value: number, options?: SynthesisOptions): PlainReadingKey =>
    `plainReadings.distance.${distanceReading(value, options)}`,
  verdict: (verdict: Verdict): PlainReadingKey => `plainReadings.distance.${VERDICT_DISTANCE[verdict]}`,
};
