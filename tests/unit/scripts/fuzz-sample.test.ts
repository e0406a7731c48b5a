import { describe, expect, it } from "vitest";
import { fuzzSample, seedOfDay } from "../../../scripts/lib/fuzz-sample.mjs";
import { inputFamilies, runsPerFamily } from "../../fuzz/inputs";

describe("the fuzzing sample of npm test", () => {
  it("uses the UTC date as its seed, so each day tries other inputs", () => {
    expect(seedOfDay(new Date("2026-12-07T23:30:00Z"))).toBe(20261207);
    expect(seedOfDay(new Date("2026-12-08T00:30:00Z"))).toBe(20261208);
  });

  it("prints the seed and the command that replays a failure with the same inputs", () => {
    const sample = fuzzSample({}, new Date("2026-12-07T12:00:00Z"));
    expect(sample).toMatchObject({ runs: 140, seed: 20261207 });
    expect(sample.banner).toContain("seed 20261207");
    expect(sample.replay).toContain("FUZZ_RUNS=140 FUZZ_SEED=20261207 npm run test:fuzz");
  });

  it("takes FUZZ_RUNS and FUZZ_SEED when they are set, and refuses values that are not integers", () => {
    expect(fuzzSample({ FUZZ_RUNS: "30", FUZZ_SEED: "42" })).toMatchObject({ runs: 30, seed: 42 });
    expect(() => fuzzSample({ FUZZ_RUNS: "lots" })).toThrow("FUZZ_RUNS");
    expect(() => fuzzSample({ FUZZ_RUNS: "0" })).toThrow("FUZZ_RUNS");
    expect(() => fuzzSample({ FUZZ_SEED: "1.5" })).toThrow("FUZZ_SEED");
  });
});

describe("runsPerFamily", () => {
  const families = inputFamilies({ name: "x", count: 1 }, ["id-1"]);

  it("gives every input family at least one input, even in a small sample", () => {
    for (const runs of [1, 13, 20, 140]) {
      const counts = runsPerFamily(families, runs);
      expect(counts).toHaveLength(families.length);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(Math.max(runs, families.length));
    }
  });

  it("keeps 1,000 inputs in the full run, a quarter not derived from a valid input", () => {
    const counts = runsPerFamily(families, 1_000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1_000);
    const arbitrary = counts.filter(
      (_c, i) => !families[i]!.name.startsWith("one ") && !families[i]!.name.startsWith("two "),
    );
    expect(arbitrary.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(240);
    expect(arbitrary.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(260);
  });
});
