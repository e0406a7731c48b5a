/**
 * Points where groups want to move in opposite directions.
 *
 * A group's movement is its desired position minus its current position, one
 * number per mandate (the three numbers sum to 0). For each mandate, when at
 * least one group wants more of it and at least one other wants less, each by
 * at least `threshold`, the plenary has a tension to discuss: e.g. the
 * intervenant.e.s want more participation while the administrateur.trice.s
 * want less.
 *
 * Pure and deterministic: the result depends only on the set of groups given
 * (input order decides ties only).
 */
import { MANDATES, positionProblem, type Mandate, type Position } from "./mandates";

export interface MovementInput {
  id: string;
  current: Position;
  desired: Position;
}

export interface GroupMovement {
  id: string;
  /** desired − current for this mandate, on the 0..1 scale (0.2 = 20 points). */
  delta: number;
}

export interface OppositeMovement {
  mandate: Mandate;
  /** Groups wanting more of the mandate, largest move first. */
  increase: GroupMovement[];
  /** Groups wanting less of the mandate, largest move first. */
  decrease: GroupMovement[];
}

/** 5 points out of 100: smaller moves are within what people can tell apart when placing a point. */
export const DEFAULT_MOVEMENT_THRESHOLD = 0.05;

// Positions come from per-mille values and means of them: a delta that is
// "exactly" the threshold may be a few ulps below it.
const EPSILON = 1e-9;

/**
 * The mandates on which groups pull in opposite directions, in mandate order.
 *
 * @throws RangeError when a position is invalid, two groups share an id, or
 *   the threshold is not a finite number in [0, 1].
 */
export function oppositeMovements(
  groups: readonly MovementInput[],
  threshold: number = DEFAULT_MOVEMENT_THRESHOLD,
): OppositeMovement[] {
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new RangeError(`oppositeMovements(): threshold must be in [0, 1], got ${threshold}`);
  }
  const seen = new Set<string>();
  for (const group of groups) {
    if (seen.has(group.id)) throw new RangeError(`oppositeMovements(): duplicate group id "${group.id}"`);
    seen.add(group.id);
    for (const step of ["current", "desired"] as const) {
      const problem = positionProblem(group[step]);
      if (problem !== null) throw new RangeError(`oppositeMovements(): ${step} position of "${group.id}" ${problem}`);
    }
  }

  const result: OppositeMovement[] = [];
  for (const mandate of MANDATES) {
    const increase: GroupMovement[] = [];
    const decrease: GroupMovement[] = [];
    for (const group of groups) {
      const delta = group.desired[mandate] - group.current[mandate];
      // A threshold of 0 must still ignore groups that do not move at all.
      if (delta > 0 && delta >= threshold - EPSILON) increase.push({ id: group.id, delta });
      else if (delta < 0 && -delta >= threshold - EPSILON) decrease.push({ id: group.id, delta });
    }
    if (increase.length > 0 && decrease.length > 0) {
      increase.sort((a, b) => b.delta - a.delta);
      decrease.sort((a, b) => a.delta - b.delta);
      result.push({ mandate, increase, decrease });
    }
  }
  return result;
}
