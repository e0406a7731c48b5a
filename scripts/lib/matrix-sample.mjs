// Which shards of the security matrix `npm test` runs on PostgreSQL
// (scripts/test.mjs): two of the four, alternating with the day's seed, so
// that two consecutive days cover every endpoint there. SQLite runs all four
// every time, and `npm run test:integration:pg` alone runs all four too
// (docs/decisions/017-test-suite-time.md, second addendum). MATRIX_SHARDS is
// read by vitest.config.ts.

export const MATRIX_SHARD_COUNT = 4;

/** Shards 1 and 3 on even seeds, 2 and 4 on odd ones (measured costs: 97 + 86 s, 87 + 89 s). */
export function postgresMatrixShards(seed) {
  return seed % 2 === 0 ? [1, 3] : [2, 4];
}
