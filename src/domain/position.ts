/**
 * Conversions between a position (weights summing to 1) and the integer forms
 * people and the database use: per-mille (stored), 10 tokens and percentages
 * (entered or shown). Integer forms always sum to exactly their total.
 *
 * Guarantee: tokens → position → per-mille → position → tokens is the
 * identity, and so are percentages; a point clicked in the triangle is stored
 * through `toPerMille`. So both ways of placing a position give the same value.
 */
import { MANDATES, positionProblem, type Mandate, type Position } from "./mandates";
import { largestRemainder } from "./rounding";

/** Integer parts of a fixed total, one per mandate. */
export type MandateParts = Record<Mandate, number>;
/** Integers 0..1000 summing to exactly 1000: how the database stores a position. */
export type PerMille = MandateParts;
/** Integers 0..10 summing to exactly 10: the paper-friendly way to place a position. */
export type Tokens = MandateParts;
/** Integers 0..100 summing to exactly 100. */
export type Percentages = MandateParts;

const PER_MILLE_TOTAL = 1000;
export const TOKEN_TOTAL = 10;
const PERCENT_TOTAL = 100;

/** Whether `value` has one non-negative integer per mandate, summing to `total`. */
export function isValidParts(value: unknown, total: number): value is MandateParts {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  let sum = 0;
  for (const mandate of MANDATES) {
    const part = record[mandate];
    if (typeof part !== "number" || !Number.isSafeInteger(part) || part < 0) return false;
    sum += part;
  }
  return sum === total;
}

export function isValidPerMille(value: unknown): value is PerMille {
  return isValidParts(value, PER_MILLE_TOTAL);
}

/**
 * Round a position to integer parts of `total` that sum to exactly `total`
 * (largest remainder; equal remainders go to expertise, then representation,
 * then participation).
 *
 * @throws RangeError when `position` is not a valid position.
 */
export function roundToTotal(position: Position, total: number): MandateParts {
  const problem = positionProblem(position);
  if (problem !== null) {
    throw new RangeError(`Cannot round an invalid position: ${problem}`);
  }
  const parts = largestRemainder(
    MANDATES.map((mandate) => position[mandate]),
    total,
  );
  return {
    expertise: parts[0] as number,
    representation: parts[1] as number,
    participation: parts[2] as number,
  };
}

/**
 * The position that integer parts of `total` stand for.
 *
 * @throws RangeError when the parts are not non-negative integers summing to `total`.
 */
function fromParts(parts: MandateParts, total: number): Position {
  if (!isValidParts(parts, total)) {
    throw new RangeError(`Expected non-negative integers summing to ${total}, got ${JSON.stringify(parts)}`);
  }
  return {
    expertise: parts.expertise / total,
    representation: parts.representation / total,
    participation: parts.participation / total,
  };
}

/**
 * A position rounded to steps of 1/`total` whose parts are exact in integer
 * form (e.g. `roundPosition(p)` is what the database will give back).
 */
export function roundPosition(position: Position, total: number = PER_MILLE_TOTAL): Position {
  return fromParts(roundToTotal(position, total), total);
}

export function toPerMille(position: Position): PerMille {
  return roundToTotal(position, PER_MILLE_TOTAL);
}

export function fromPerMille(perMille: PerMille): Position {
  return fromParts(perMille, PER_MILLE_TOTAL);
}

export function tokensToPosition(tokens: Tokens): Position {
  return fromParts(tokens, TOKEN_TOTAL);
}

export function positionToTokens(position: Position): Tokens {
  return roundToTotal(position, TOKEN_TOTAL);
}

export function percentagesToPosition(percentages: Percentages): Position {
  return fromParts(percentages, PERCENT_TOTAL);
}

export function positionToPercentages(position: Position): Percentages {
  return roundToTotal(position, PERCENT_TOTAL);
}

/**
 * Whole percentages of a stored position, summing to exactly 100. Charts and
 * tables show these so the figure read matches the figure drawn.
 */
export function perMilleToPercentages(perMille: PerMille): Percentages {
  return positionToPercentages(fromPerMille(perMille));
}
