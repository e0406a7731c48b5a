export const DEFAULT_SAMPLE_RUNS: number;
export function seedOfDay(date?: Date): number;
export function fuzzSample(
  env?: Record<string, string | undefined>,
  date?: Date,
): { runs: number; seed: number; replay: string; banner: string };
