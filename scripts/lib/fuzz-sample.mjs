// The fuzzing sample `npm test` runs (scripts/test.mjs): FUZZ_RUNS generated
// inputs per server action instead of `npm run test:fuzz`'s 1,000, spread over
// every input family (tests/fuzz/inputs.ts, INPUT_FAMILIES), with a seed that
// changes every day (the UTC date, e.g. 20261207) so successive runs try other
// inputs. FUZZ_RUNS and FUZZ_SEED set either; the seed is printed with the
// command that replays a failure.

/**
 * Inputs per action in `npm test`: at least one per input family (14), about
 * a tenth of the full run. Measured in docs/decisions/017-test-suite-time.md.
 */
export const DEFAULT_SAMPLE_RUNS = 140;

/** The seed of the day: 20261207 on 7 December 2026 (UTC). */
export function seedOfDay(date = new Date()) {
  return Number(date.toISOString().slice(0, 10).replaceAll("-", ""));
}

export function fuzzSample(env = process.env, date = new Date()) {
  const runs = env.FUZZ_RUNS ? Number(env.FUZZ_RUNS) : DEFAULT_SAMPLE_RUNS;
  const seed = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : seedOfDay(date);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`FUZZ_RUNS must be a positive integer, not ${env.FUZZ_RUNS}`);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${env.FUZZ_SEED}`);
  const replay =
    `Replay a fuzzing failure with the same inputs: FUZZ_RUNS=${runs} FUZZ_SEED=${seed} npm run test:fuzz ` +
    `-- -t "<action file> <action name>" (test:fuzz:pg for PostgreSQL).`;
  return {
    runs,
    seed,
    replay,
    banner: `Fuzzing sample: ${runs} generated inputs per action, seed ${seed}${env.FUZZ_SEED ? "" : " (the date: it changes every day)"}.\n${replay}`,
  };
}
