/**
 * Rules of a group's atelier: who may still change what, when a group's
 * figures may be shown, and how anonymous texts are listed. Pure, so the
 * server layer, the pages and the tests share one reading of them.
 */
import { distance, DEFAULT_SYNTHESIS_OPTIONS, type Position } from "./synthesis";
import type { Phase } from "./vocabulary";

export interface WorkshopState {
  phase: Phase;
  workshopClosedAt: Date | null;
  releasedAt: Date | null;
}

/** Why an individual position cannot be changed now (by its owner or by the facilitator on their behalf). */
export type PositionEditRefusal = "notInAteliers" | "workshopClosed";

/**
 * Positions change only while the démarche is in its « ateliers » phase and
 * the group has not closed its workshop: a closed workshop freezes what the
 * group's synthesis was built on.
 */
export function positionEditRefusal(state: WorkshopState): PositionEditRefusal | null {
  if (state.phase !== "ateliers") return "notInAteliers";
  if (state.workshopClosedAt !== null) return "workshopClosed";
  return null;
}

/** Why the group's own synthesis (agreed position, conditions, pistes) cannot be changed now. */
export type GroupStepRefusal = "notInAteliers" | "released";

/**
 * The group settles its synthesis during the ateliers, also after closing the
 * individual positions; once released to the plenary it is frozen, so what
 * the other groups read does not move under them (undo the release first).
 */
export function groupStepRefusal(state: WorkshopState): GroupStepRefusal | null {
  if (state.phase !== "ateliers") return "notInAteliers";
  if (state.releasedAt !== null) return "released";
  return null;
}

export type WorkshopTransition = "close" | "reopen" | "release" | "undoRelease";
export type TransitionRefusal =
  | "notInAteliers"
  | "alreadyClosed"
  | "notClosed"
  | "releasedFirst"
  | "alreadyReleased"
  | "notReleased"
  | "plenaryStarted";

/** Phases in which a group may still release its results (a late group may release as the plenary opens). */
const RELEASE_PHASES: readonly Phase[] = ["ateliers", "mise_en_commun"];

/**
 * - close / reopen the individual positions: during the ateliers; reopening a
 *   released group would let figures move after the plenary has read them.
 * - release: once, during the ateliers or as the mise en commun opens; it also
 *   closes the workshop (results that can still move are not results).
 * - undo a release: only before the mise en commun starts.
 */
export function transitionRefusal(transition: WorkshopTransition, state: WorkshopState): TransitionRefusal | null {
  switch (transition) {
    case "close":
      if (state.phase !== "ateliers") return "notInAteliers";
      return state.workshopClosedAt !== null ? "alreadyClosed" : null;
    case "reopen":
      if (state.phase !== "ateliers") return "notInAteliers";
      if (state.workshopClosedAt === null) return "notClosed";
      return state.releasedAt !== null ? "releasedFirst" : null;
    case "release":
      if (!RELEASE_PHASES.includes(state.phase)) return "notInAteliers";
      return state.releasedAt !== null ? "alreadyReleased" : null;
    case "undoRelease":
      if (state.releasedAt === null) return "notReleased";
      return state.phase !== "ateliers" ? "plenaryStarted" : null;
  }
}

/**
 * Whether a group's collective work (agreed position, conditions, pistes)
 * may be shown to anyone but the facilitator. The anonymous individual
 * material (cloud of points, centroid, dispersion, reasons and examples) has
 * its own rule, the synthesis' `reportable` (at least `minSize` confirmed
 * responses). A group that worked on paper and entered only its agreed result
 * counts the people who took part (`paperCount`) instead.
 */
export function isGroupWorkShowable(submitted: number, paperCount: number | null, minSize: number): boolean {
  return Math.max(submitted, paperCount ?? 0) >= minSize;
}

/** Why a facilitator cannot add a person without a device to a group now. */
export type PaperParticipantRefusal = "phaseOver" | "workshopClosed";

/** Like joining with a code: before or during the ateliers, while the group's workshop is open. */
export function paperParticipantRefusal(state: WorkshopState): PaperParticipantRefusal | null {
  if (state.phase !== "preparation" && state.phase !== "ateliers") return "phaseOver";
  if (state.workshopClosedAt !== null) return "workshopClosed";
  return null;
}

/**
 * Free texts of a group (reasons, examples, conditions written by
 * individuals) as shown without names: trimmed, empty ones dropped, and in
 * alphabetical order, which follows neither the order people joined nor the
 * order they answered, so nobody can be found by their place in the list.
 * Each kind of text is listed on its own, so one person's reason and example
 * cannot be paired either.
 */
export function anonymousTexts(texts: readonly string[], locale = "fr-CA"): string[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  return texts
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A person's own gap between current and desired positions and what it
 * suggests, with the synthesis' own `distance` and threshold so that the
 * figures a person sees match the ones the group and the plenary see.
 */
export function personalGap(
  current: Position,
  desired: Position,
  consolidateMax: number = DEFAULT_SYNTHESIS_OPTIONS.consolidateMax,
): { gap: number; orientation: "consolider" | "changer-de-cap" } {
  const gap = distance(current, desired);
  return { gap, orientation: gap <= consolidateMax ? "consolider" : "changer-de-cap" };
}
