/**
 * Apportion an integer total proportionally to non-negative weights, so that
 * the rounded parts always add up to exactly that total (largest-remainder,
 * or Hamilton, method).
 *
 * Why not `Math.round` each part: 1/3, 1/3, 1/3 would give 33 + 33 + 33 = 99 %.
 * Ties between equal remainders go to the earlier index, so callers that pass
 * weights in `MANDATES` order get a deterministic tie-break by mandate order.
 *
 * @throws RangeError when a weight is negative or not finite, when the weights
 *   sum to 0, or when `total` is not a non-negative safe integer.
 */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`largestRemainder(): total must be a non-negative integer, got ${total}`);
  }
  let sum = 0;
  for (const weight of weights) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`largestRemainder(): invalid weight ${weight}`);
    }
    sum += weight;
  }
  if (!(sum > 0)) {
    throw new RangeError("largestRemainder(): weights sum to 0");
  }

  const parts: number[] = [];
  const remainders: number[] = [];
  let assigned = 0;
  for (const weight of weights) {
    const quota = (weight * total) / sum;
    const floor = Math.floor(quota);
    parts.push(floor);
    remainders.push(quota - floor);
    assigned += floor;
  }

  // Floating-point quotas add up to `total` give or take a few ulps, so the
  // shortfall is between 0 and the number of parts; clamp to stay safe.
  const shortfall = Math.min(Math.max(total - assigned, 0), weights.length);
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; i < shortfall; i++) {
    const index = (order[i] as { index: number }).index;
    parts[index] = (parts[index] as number) + 1;
  }
  return parts;
}
