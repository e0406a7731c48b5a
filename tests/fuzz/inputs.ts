import fc from "fast-check";

/**
 * Inputs a hostile or broken client could send to a server action. React's
 * action protocol carries more than JSON (dates, maps, sets, big integers,
 * typed arrays, undefined), so arbitrary values are not limited to JSON.
 */

/** Strings that have broken web apps before: sizes, encodings, NUL, markup, paths, dates that do not exist. */
const nastyStrings = fc.constantFrom(
  "",
  " ",
  "\t\n\r",
  "\u0000",
  "a\u0000b",
  "\u0000".repeat(64),
  "\uD800",
  "\uDFFF\uD800",
  "\u202Eevil",
  "e\u0301\u0301\u0301",
  "💥".repeat(1_000),
  "x".repeat(100_000),
  "é".repeat(61),
  "<script>alert(1)</script>",
  '\'; DROP TABLE "Participant"; --',
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "2026-02-30",
  "0000-00-00",
  "0001-01-01",
  "9999-12-31",
  "275760-09-13",
  "2026-13-01",
  "25:61",
  "-1",
  "1e309",
  "NaN",
  "null",
  "true",
  "HJKM-NPQR",
  "Error: boom\n    at fake (file.js:1:1)",
);

const strings = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.string({ minLength: 5_000, maxLength: 60_000, unit: "grapheme-ascii" }),
  nastyStrings,
);

const numbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    0,
    1,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1.5,
  ),
);

const otherScalars = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
);

const structured = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
});

const pollution = fc.constantFrom<unknown>(
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
);

/** One value of any kind, shallow or nested. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: strings },
  { weight: 2, arbitrary: numbers },
  { weight: 5, arbitrary: otherScalars },
  fc.jsonValue(),
  structured,
  fc.array(strings, { maxLength: 600 }),
  { weight: 2, arbitrary: pollution },
);

const dictionary = fc.dictionary(
  fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype")),
  anyValue,
);

/** A whole input that is not derived from a valid one. */
export const arbitraryInput: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue(), anyValue, dictionary);

type Mutation =
  | { op: "set"; key: string; value: unknown }
  | { op: "delete"; key: string }
  | { op: "extra"; key: string; value: unknown }
  | { op: "stretch"; key: string; times: number }
  | { op: "append"; key: string; suffix: string };

type MutationKind = Mutation["op"];

/**
 * A valid input with one to three things wrong: a field of the wrong type or
 * an odd value, a missing field, an extra field (prototype-polluting names
 * included), a valid string made huge or given a NUL, a row id from
 * elsewhere. `ids` are real ids from the fixture, so a request for another
 * démarche's rows is among the mutations. `only` limits the kinds of mutation,
 * `count` their number.
 */
export function mutatedInput(
  valid: Record<string, unknown>,
  ids: string[],
  { only, count = [1, 3] }: { only?: MutationKind; count?: [number, number] } = {},
): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant("field");
  const replacement = fc.oneof({ weight: 5, arbitrary: anyValue }, fc.constantFrom(...ids, ...Object.values(valid)));
  const kinds: { weight: number; kind: MutationKind; arbitrary: fc.Arbitrary<Mutation> }[] = [
    { weight: 4, kind: "set", arbitrary: fc.record({ op: fc.constant("set" as const), key, value: replacement }) },
    { weight: 1, kind: "delete", arbitrary: fc.record({ op: fc.constant("delete" as const), key }) },
    {
      weight: 1,
      kind: "extra",
      arbitrary: fc.record({
        op: fc.constant("extra" as const),
        key: fc.oneof(
          fc.constantFrom("__proto__", "constructor", "prototype", "id", "isAdmin", "facilitatorId"),
          fc.string(),
        ),
        value: anyValue,
      }),
    },
    {
      weight: 1,
      kind: "stretch",
      arbitrary: fc.record({ op: fc.constant("stretch" as const), key, times: fc.constantFrom(2, 50, 5_000) }),
    },
    {
      weight: 1,
      kind: "append",
      arbitrary: fc.record({
        op: fc.constant("append" as const),
        key,
        suffix: fc.constantFrom("\u0000", " ", "\u0301", "\uD800", "💥", "'", "%00"),
      }),
    },
  ];
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    ...kinds.filter((k) => !only || k.kind === only).map(({ weight, arbitrary }) => ({ weight, arbitrary })),
  );
  return fc.array(mutation, { minLength: count[0], maxLength: count[1] }).map((mutations) => {
    const input: Record<string, unknown> = { ...valid };
    for (const m of mutations) {
      if (m.op === "set") input[m.key] = m.value;
      else if (m.op === "delete") delete input[m.key];
      else if (m.op === "extra")
        Object.defineProperty(input, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      else if (m.op === "stretch" && typeof input[m.key] === "string") {
        const s = input[m.key] as string;
        input[m.key] = s.repeat(Math.min(m.times, Math.ceil(200_000 / Math.max(1, s.length))));
      } else if (m.op === "append" && typeof input[m.key] === "string")
        input[m.key] = `${input[m.key] as string}${m.suffix}`;
    }
    return input;
  });
}

export type InputFamily = { name: string; weight: number; arbitrary: fc.Arbitrary<unknown> };

/**
 * The kinds of input the fuzzing sends to an action, with their share of the
 * inputs (weights out of 100): a quarter not derived from a valid input,
 * three quarters a valid input with something wrong. Every run gives each
 * family its share of the inputs and at least one, so the small sample
 * `npm test` runs (FUZZ_RUNS) still tries every family.
 */
export function inputFamilies(valid: Record<string, unknown>, ids: string[]): InputFamily[] {
  return [
    { name: "arbitrary JSON value", weight: 4, arbitrary: fc.jsonValue() },
    { name: "arbitrary string", weight: 4, arbitrary: strings },
    { name: "arbitrary number", weight: 3, arbitrary: numbers },
    { name: "boolean, null, undefined, big integer or date", weight: 3, arbitrary: otherScalars },
    { name: "nested value with maps, sets, typed arrays, null prototypes", weight: 4, arbitrary: structured },
    { name: "array of strings", weight: 2, arbitrary: fc.array(strings, { maxLength: 600 }) },
    {
      name: "arbitrary object or prototype pollution",
      weight: 5,
      arbitrary: fc.oneof({ weight: 4, arbitrary: dictionary }, pollution),
    },
    {
      name: "one field with a wrong value or another row's id",
      weight: 25,
      arbitrary: mutatedInput(valid, ids, { only: "set", count: [1, 1] }),
    },
    { name: "one field missing", weight: 8, arbitrary: mutatedInput(valid, ids, { only: "delete", count: [1, 1] }) },
    { name: "one extra field", weight: 8, arbitrary: mutatedInput(valid, ids, { only: "extra", count: [1, 1] }) },
    {
      name: "one string made huge",
      weight: 8,
      arbitrary: mutatedInput(valid, ids, { only: "stretch", count: [1, 1] }),
    },
    {
      name: "one string given an odd last character",
      weight: 8,
      arbitrary: mutatedInput(valid, ids, { only: "append", count: [1, 1] }),
    },
    { name: "two or three things wrong", weight: 18, arbitrary: mutatedInput(valid, ids, { count: [2, 3] }) },
  ];
}

/**
 * How many of `runs` inputs each family gets: its share, rounded by largest
 * remainder so they add up to `runs`, and at least one each.
 */
export function runsPerFamily(families: { weight: number }[], runs: number): number[] {
  const spare = Math.max(0, runs - families.length);
  const total = families.reduce((sum, f) => sum + f.weight, 0);
  const exact = families.map((f) => (spare * f.weight) / total);
  const counts = exact.map(Math.floor);
  let left = spare - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts.map((c) => c + 1);
}
