/**
 * Every figure of the démarche in plain words, the same on the CA report
 * (page and PDF) and on the participants' pages: a reader who does not read
 * « 0,24 » still understands « un changement modéré ».
 *
 * Pure: each function returns a level and the message key of its wording
 * (messages/fr/readings.json, namespace "readings"); the caller translates.
 * The thresholds follow the synthesis contract (docs/decisions/synthesis-numbers.md):
 * a gap up to `consolidateMax` is what the contract calls « consolider ».
 */
import { DEFAULT_SYNTHESIS_OPTIONS, type Verdict } from "./synthesis";

export interface PlainReading<Level extends string> {
  level: Level;
  /** Full message key, e.g. "readings.gap.moderate". */
  key: `readings.${string}`;
}

export type GapLevel = "none" | "small" | "moderate" | "large";
export type DispersionLevel = "agree" | "mostly" | "split";

/** Up to this distance two positions read as the same place. */
export const SAME_PLACE_MAX = 0.02;
/** Beyond this distance a change reads as large (the contract's divergence threshold). */
export const LARGE_CHANGE_MIN = DEFAULT_SYNTHESIS_OPTIONS.divergenceMin;
/** Members' mean distance to their group's mean: up to this, « d'accord ». */
export const AGREE_MAX = 0.08;
/** … up to this, « plutôt d'accord »; beyond, « partagés ». */
export const MOSTLY_MAX = 0.16;

const asShown = (value: number) => Math.round(value * 100) / 100;

/**
 * How far one position is from another (a group's current and desired
 * positions, or a group's position from one cycle to the next).
 * 0,24 → « un changement modéré ».
 */
export function gapReading(
  gap: number,
  consolidateMax: number = DEFAULT_SYNTHESIS_OPTIONS.consolidateMax,
): PlainReading<GapLevel> {
  // The reader sees two decimals: « 0,30 » must read like 0.30, whatever the third.
  const shown = asShown(gap);
  const level: GapLevel =
    shown <= SAME_PLACE_MAX
      ? "none"
      : shown <= consolidateMax
        ? "small"
        : shown < LARGE_CHANGE_MIN
          ? "moderate"
          : "large";
  return { level, key: `readings.gap.${level}` };
}

/** How much a group's members agree (mean distance of the responses to their mean). */
export function dispersionReading(dispersion: number): PlainReading<DispersionLevel> {
  const shown = asShown(dispersion);
  const level: DispersionLevel = shown <= AGREE_MAX ? "agree" : shown <= MOSTLY_MAX ? "mostly" : "split";
  return { level, key: `readings.dispersion.${level}` };
}

/** What a comparison between two groups means: « des positions proches », « un peu différentes », « éloignées ». */
export function verdictReading(verdict: Verdict): PlainReading<Verdict> {
  return { level: verdict, key: `readings.verdict.${verdict}` };
}
