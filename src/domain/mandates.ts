/**
 * The three mandates of the triangle and what a position is.
 *
 * This module is the base every other domain module builds on; it has no
 * dependencies so that `synthesis.ts` (the public contract) can re-export its
 * types without an import cycle.
 */

/**
 * The mandates in their canonical order. The order matters everywhere a
 * position is listed (corners, table columns, rounding tie-breaks), so code
 * iterates this array instead of `Object.keys`.
 */
export const MANDATES = ["expertise", "representation", "participation"] as const;

export type Mandate = (typeof MANDATES)[number];

/** A point of the triangle: three non-negative weights that sum to 1 (±1e-6). */
export type Position = Record<Mandate, number>;

/** How far from 1 the sum of a position's weights may be. */
const POSITION_SUM_TOLERANCE = 1e-6;

/**
 * Why `value` is not a valid position, or `null` when it is. Returning the
 * reason (rather than a boolean) lets each caller build an error message that
 * names its own context (group, participant, argument).
 */
export function positionProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null) {
    return "is not an object";
  }
  // Named reads (rather than a loop over MANDATES) keep this check cheap: it
  // runs twice per response in every synthesis.
  const { expertise, representation, participation } = value as Record<string, unknown>;
  return (
    weightProblem("expertise", expertise) ??
    weightProblem("representation", representation) ??
    weightProblem("participation", participation) ??
    sumProblem((expertise as number) + (representation as number) + (participation as number))
  );
}

function weightProblem(mandate: Mandate, weight: unknown): string | null {
  if (typeof weight !== "number" || !Number.isFinite(weight)) {
    return `weight "${mandate}" is not a finite number (${String(weight)})`;
  }
  if (weight < 0) {
    return `weight "${mandate}" is negative (${weight})`;
  }
  return null;
}

function sumProblem(sum: number): string | null {
  return Math.abs(sum - 1) > POSITION_SUM_TOLERANCE ? `weights sum to ${sum}, not 1` : null;
}

export function isValidPosition(value: unknown): value is Position {
  return positionProblem(value) === null;
}
