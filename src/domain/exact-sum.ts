/**
 * Correctly rounded summation of floating-point numbers (Shewchuk's
 * algorithm, as in Python's `math.fsum`).
 *
 * Why: a plain `+=` loop gives results that depend on the order of the terms,
 * and the synthesis must be bit-identical whatever the order of responses.
 * Sorting the responses would make the synthesis O(n log n); this keeps it
 * O(n): each `add` walks a list of non-overlapping partial sums whose length
 * is bounded by the exponent range (a handful for weights in [0, 1]).
 *
 * The result is the exact sum rounded once (half to even), so it is a
 * function of the multiset of terms only. Terms must be finite.
 */
export class ExactSum {
  // Non-overlapping partial sums, in increasing order of magnitude, in
  // partials[0 .. count). A typed array with a count avoids the reallocation
  // that truncating and pushing onto a plain array costs on every `add`.
  private partials = new Float64Array(8);
  private count = 0;

  add(value: number): void {
    const partials = this.partials;
    const count = this.count;
    let x = value;
    let kept = 0;
    for (let j = 0; j < count; j++) {
      let y = partials[j] as number;
      if (Math.abs(x) < Math.abs(y)) {
        const swap = x;
        x = y;
        y = swap;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) {
        partials[kept++] = lo;
      }
      x = hi;
    }
    if (kept === partials.length) {
      // At most ~40 partials can exist (the exponent range over 53 bits).
      const grown = new Float64Array(partials.length * 2);
      grown.set(partials);
      this.partials = grown;
    }
    this.partials[kept] = x;
    this.count = kept + 1;
  }

  /** The exact sum of every added term, rounded once to the nearest double. */
  value(): number {
    const partials = this.partials;
    let n = this.count;
    if (n === 0) {
      return 0;
    }
    let hi = partials[--n] as number;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n] as number;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) {
        break;
      }
    }
    // When the rounding error `lo` has the same sign as the next partial, the
    // exact sum lies beyond the half-way point: round away once more so that
    // ties are broken to even on the true sum, not on a truncated one.
    if (n > 0) {
      const next = partials[n - 1] as number;
      if ((lo < 0 && next < 0) || (lo > 0 && next > 0)) {
        const y = lo * 2;
        const x = hi + y;
        if (y === x - hi) {
          hi = x;
        }
      }
    }
    return hi;
  }
}

/** Correctly rounded sum of `values`; independent of their order. */
export function exactSum(values: Iterable<number>): number {
  const sum = new ExactSum();
  for (const value of values) {
    sum.add(value);
  }
  return sum.value();
}
