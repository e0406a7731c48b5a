/**
 * The state behind the two ways of placing one position: pointing in the
 * triangle and sharing 10 tokens (as on the paper worksheet). Both edit the
 * same stored value, a per-mille triple:
 *
 * - tokens land on the per-mille grid exactly (1 token = 100 ‰), so a
 *   position typed with tokens is stored and read back unchanged;
 * - a point gives a continuous position; the tokens then show its rounding
 *   to steps of 10 % and `isOnTokenGrid` says that the point is finer;
 * - while tokens are being shared (fewer than 10 placed) there is no
 *   position: a position is all or nothing, as in the database.
 */
import { MANDATES, type Mandate } from "./mandates";
import {
  fromPerMille,
  isValidParts,
  isValidPerMille,
  positionToTokens,
  toPerMille,
  TOKEN_TOTAL,
  tokensToPosition,
  type MandateParts,
  type PerMille,
} from "./position";

export interface StepInput {
  /** 0..10 per mandate, summing to at most 10. */
  tokens: MandateParts;
  /** The position as it will be stored; `null` until all 10 tokens are placed or a point is chosen. */
  perMille: PerMille | null;
}

const NO_TOKENS: MandateParts = Object.freeze({ expertise: 0, representation: 0, participation: 0 });

function tokensPlaced(tokens: MandateParts): number {
  return tokens.expertise + tokens.representation + tokens.participation;
}

export function tokensLeft(tokens: MandateParts): number {
  return TOKEN_TOTAL - tokensPlaced(tokens);
}

/** The input for a stored value (or none yet). */
export function stepInputFrom(perMille: PerMille | null): StepInput {
  if (perMille === null) return { tokens: { ...NO_TOKENS }, perMille: null };
  return { tokens: positionToTokens(fromPerMille(perMille)), perMille: { ...perMille } };
}

/**
 * Puts `count` tokens on `mandate`, clamped to 0..(what that mandate has plus
 * the tokens left), so the total never exceeds 10. When all 10 are placed the
 * position is exactly the tokens' value.
 */
export function withTokens(input: StepInput, mandate: Mandate, count: number): StepInput {
  const current = input.tokens[mandate];
  const max = current + tokensLeft(input.tokens);
  const wanted = Number.isFinite(count) ? Math.trunc(count) : current;
  const next = { ...input.tokens, [mandate]: Math.min(max, Math.max(0, wanted)) };
  return {
    tokens: next,
    perMille: tokensPlaced(next) === TOKEN_TOTAL ? toPerMille(tokensToPosition(next)) : null,
  };
}

/** A point chosen in the triangle: kept as is, the tokens show its rounding. */
export function withPoint(perMille: PerMille): StepInput {
  return stepInputFrom(perMille);
}

/** Whether the stored value is exactly what some sharing of 10 tokens gives. */
export function isOnTokenGrid(perMille: PerMille): boolean {
  return MANDATES.every((mandate) => perMille[mandate] % (1000 / TOKEN_TOTAL) === 0);
}

/**
 * Reads an input back from untrusted storage (a browser's local backup):
 * anything malformed gives `null` so the caller falls back to the server.
 */
export function parseStepInput(value: unknown): StepInput | null {
  if (typeof value !== "object" || value === null) return null;
  const { tokens, perMille } = value as Record<string, unknown>;
  if (perMille !== null && !isValidPerMille(perMille)) return null;
  if (perMille !== null) return stepInputFrom(perMille as PerMille);
  if (typeof tokens !== "object" || tokens === null) return null;
  const placed = MANDATES.reduce((sum, m) => sum + Number((tokens as Record<string, unknown>)[m]), 0);
  if (!Number.isSafeInteger(placed) || placed >= TOKEN_TOTAL || !isValidParts(tokens, placed)) return null;
  return { tokens: { ...(tokens as MandateParts) }, perMille: null };
}
