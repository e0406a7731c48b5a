/**
 * What of a group's anonymous material (mean, dispersion, point cloud,
 * counts, quoted reasons) may be shown, and to whom (decision 013).
 *
 * The arithmetic. A group has n admitted, confirmed answers. A coalition of c
 * people of the group (a participant and one accomplice: c = 2) knows its own
 * c answers.
 * - The mean gives the sum of all n answers, so the coalition gets the sum of
 *   the n − c others. That sum is one person's answer when n − c = 1: the
 *   mean is safe only when n − c ≥ 2, i.e. n ≥ c + 2 = 4.
 * - The point cloud lists every answer, unlinked: removing its own c points,
 *   the coalition holds the n − c others' exact answers, each one among
 *   n − c possible authors. With n − c = 1 the author is known; with
 *   n − c ≥ 2 each point is at least "one of two" (n ≥ 4 again).
 * - Quoted reasons and examples are the same as points: each of the n − c
 *   others' texts is among n − c authors (n ≥ 4), and no threshold protects
 *   words that identify by their content: the facilitator reads them first.
 * - The dispersion (mean distance to the centroid) adds one equation on the
 *   n − c unknown answers on top of their sum: with n − c ≥ 2 unknowns it
 *   narrows them to a curve but does not single one out.
 * - Counts reveal no answer; a count that moves between two looks at the
 *   figures does: the mean before and after one person confirms gives that
 *   person's answer (n₂·m₂ − n₁·m₁) whatever n is. So a participant's own
 *   pages show the group's figures only once its workshop is closed (the
 *   answers are frozen: one snapshot), and the projected screen, which the
 *   facilitator switches on, follows the count rule.
 * - Fake members (one person joining twice) turn "a coalition of two" into
 *   "one person": the count only includes people the facilitator admitted.
 *
 * The facilitator, who may read the individual answers anyway, sees the
 * figures from the group's minimum on (never below 3).
 */

/** A group's minimum is never below the source's three, whatever is stored. */
export const MIN_GROUP_SIZE_FLOOR = 3;

/** The coalition a participant's view must resist: the participant and one accomplice. */
export const COALITION_SIZE = 2;

/** Fewest admitted, confirmed answers for the group's members to see any figure: c + 2. */
export const GROUP_AUDIENCE_MIN = COALITION_SIZE + 2;

/**
 * - "facilitator": the facilitator's own screens (not projected).
 * - "group": anything the group's members or the room can read: their own
 *   pages, the projected group view, and other groups' released results.
 */
export type DisclosureAudience = "facilitator" | "group";

/** The stored minimum, floored where it is read (a bad row cannot lower it). */
export function effectiveMinSize(stored: number): number {
  return Number.isFinite(stored) ? Math.max(MIN_GROUP_SIZE_FLOOR, Math.ceil(stored)) : MIN_GROUP_SIZE_FLOOR;
}

/** Fewest admitted, confirmed answers before this audience sees any figure, point or quote of the group. */
export function disclosureThreshold(audience: DisclosureAudience, storedMinSize: number): number {
  const floor = effectiveMinSize(storedMinSize);
  return audience === "facilitator" ? floor : Math.max(floor, GROUP_AUDIENCE_MIN);
}

export type DisclosureInput = {
  audience: DisclosureAudience;
  /** Admitted, not withdrawn people whose answers are confirmed. */
  admittedConfirmed: number;
  storedMinSize: number;
  /**
   * For a participant reading their own group's page: whether the answers are
   * frozen (workshop closed). The projection and the facilitator pass true.
   */
  frozen: boolean;
};

/** Whether any figure (mean, dispersion, point, quote) of the group may be shown to this audience. */
export function mayShowGroupFigures(input: DisclosureInput): boolean {
  if (!Number.isFinite(input.admittedConfirmed)) return false;
  if (input.audience === "group" && !input.frozen) return false;
  return input.admittedConfirmed >= disclosureThreshold(input.audience, input.storedMinSize);
}

/**
 * The `minGroupSize` to hand the synthesis engine for this reader, so that
 * its `reportable` (and with it every figure, point and quote) follows
 * mayShowGroupFigures: the threshold when the figures may be shown, else a
 * minimum the count does not reach.
 */
export function synthesisMinimum(input: DisclosureInput): number {
  const threshold = disclosureThreshold(input.audience, input.storedMinSize);
  const count = Number.isFinite(input.admittedConfirmed) ? Math.max(0, Math.floor(input.admittedConfirmed)) : 0;
  return mayShowGroupFigures(input) ? threshold : Math.max(threshold, count + 1);
}
