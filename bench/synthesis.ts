/**
 * Benchmark of computeSynthesis. Run with: npx tsx bench/synthesis.ts
 *
 * Prints the time per call and per response for 3 groups × 10 responses,
 * 10 × 1,000 and 50 × 10,000. The per-response time should stay flat as the
 * number of responses grows (validation, means and dispersion are linear);
 * pairs grow with groups², which is negligible at these sizes. An extra
 * 10 × 10,000 row has the same pairs as 10 × 1,000, so the ratio of the two
 * isolates the cost of responses.
 */
import { performance } from "node:perf_hooks";
import { computeSynthesis, type GroupInput, type GroupKind, type Position } from "../src/domain/synthesis";

/** Small seeded generator (mulberry32), so every run measures the same data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stored position (per-mille / 1000), as the database gives them. */
function randomPosition(random: () => number): Position {
  const a = Math.floor(random() * 1001);
  const b = Math.floor(random() * 1001);
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return { expertise: low / 1000, representation: (high - low) / 1000, participation: (1000 - high) / 1000 };
}

const KINDS: GroupKind[] = ["intervenants", "destinataires", "administrateurs", "autre"];

function makeGroups(groupCount: number, responsesPerGroup: number, seed: number): GroupInput[] {
  const random = mulberry32(seed);
  return Array.from({ length: groupCount }, (_, g) => ({
    id: `group-${g}`,
    kind: KINDS[g % KINDS.length] as GroupKind,
    label: `Groupe ${g + 1}`,
    responses: Array.from({ length: responsesPerGroup }, (_, r) => ({
      participantId: `participant-${g}-${r}`,
      current: randomPosition(random),
      desired: randomPosition(random),
    })),
  }));
}

interface Measure {
  groups: number;
  perGroup: number;
  iterations: number;
  medianMs: number;
  minMs: number;
}

let sink = 0; // keeps the results alive so the work cannot be optimised away

function measure(groupCount: number, responsesPerGroup: number): Measure {
  const groups = makeGroups(groupCount, responsesPerGroup, 42 + groupCount * 7 + responsesPerGroup);
  const total = groupCount * responsesPerGroup;
  // Enough iterations for ~2 s of work, at least 10, and some warm-up first.
  // The minimum is the steadiest figure on a shared machine; the median is
  // printed too.
  const warmup = Math.max(3, Math.min(200, Math.ceil(200_000 / total)));
  for (let i = 0; i < warmup; i++) sink += computeSynthesis(groups).overall.gap ?? 0;

  const samples: number[] = [];
  const budgetEnd = performance.now() + 2000;
  while (samples.length < 10 || (performance.now() < budgetEnd && samples.length < 10_000)) {
    const start = performance.now();
    const result = computeSynthesis(groups);
    samples.push(performance.now() - start);
    sink += result.overall.gap ?? 0;
  }
  samples.sort((a, b) => a - b);
  return {
    groups: groupCount,
    perGroup: responsesPerGroup,
    iterations: samples.length,
    medianMs: samples[Math.floor(samples.length / 2)] as number,
    minMs: samples[0] as number,
  };
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((cell, i) => String(cell).padStart(widths[i] ?? 10)).join("  ");
}

const cases: [groups: number, perGroup: number, note: string][] = [
  [3, 10, ""],
  [10, 1_000, ""],
  [50, 10_000, ""],
  [10, 10_000, "extra: same pairs as 10 × 1,000"],
];

const widths = [6, 10, 9, 5, 6, 12, 12, 12, 12];
console.log(`computeSynthesis benchmark (Node ${process.version}, median and minimum of repeated calls)\n`);
console.log(
  row(["groups", "resp/group", "responses", "pairs", "runs", "median ms", "min ms", "median ns/r", "min ns/r"], widths),
);
const results: Measure[] = [];
for (const [groups, perGroup, note] of cases) {
  const m = measure(groups, perGroup);
  results.push(m);
  const total = groups * perGroup;
  const pairs = (groups * (groups - 1)) / 2;
  const line = row(
    [
      groups,
      perGroup.toLocaleString("en-US"),
      total.toLocaleString("en-US"),
      pairs,
      m.iterations,
      m.medianMs.toFixed(3),
      m.minMs.toFixed(3),
      ((m.medianMs * 1e6) / total).toFixed(1),
      ((m.minMs * 1e6) / total).toFixed(1),
    ],
    widths,
  );
  console.log(note === "" ? line : `${line}   (${note})`);
}

const small = results[1];
const large = results[3];
if (small !== undefined && large !== undefined) {
  const ratio = large.minMs / small.minMs;
  console.log(
    `\nLinearity: 10 × 10,000 takes ${ratio.toFixed(1)}× the time of 10 × 1,000 for 10× the responses (min times).`,
  );
  console.log("ms = time per call; ns/r = time per response (responses = groups × resp/group).");
}
if (!Number.isFinite(sink)) console.log(sink);
