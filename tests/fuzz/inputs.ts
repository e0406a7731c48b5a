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

/** One value of any kind, shallow or nested. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: strings },
  { weight: 2, arbitrary: numbers },
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.jsonValue(),
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
  }),
  fc.array(strings, { maxLength: 600 }),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
);

/** A whole input that is not derived from a valid one. */
export const arbitraryInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  anyValue,
  fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype")), anyValue),
);

type Mutation =
  | { op: "set"; key: string; value: unknown }
  | { op: "delete"; key: string }
  | { op: "extra"; key: string; value: unknown }
  | { op: "stretch"; key: string; times: number }
  | { op: "append"; key: string; suffix: string };

/**
 * A valid input with one to three things wrong: a field of the wrong type or
 * an odd value, a missing field, an extra field (prototype-polluting names
 * included), a valid string made huge or given a NUL, a row id from
 * elsewhere. `ids` are real ids from the fixture, so a request for another
 * démarche's rows is among the mutations.
 */
export function mutatedInput(valid: Record<string, unknown>, ids: string[]): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant("field");
  const replacement = fc.oneof({ weight: 5, arbitrary: anyValue }, fc.constantFrom(...ids, ...Object.values(valid)));
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant("set" as const), key, value: replacement }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), key }) },
    {
      weight: 1,
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
      arbitrary: fc.record({ op: fc.constant("stretch" as const), key, times: fc.constantFrom(2, 50, 5_000) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant("append" as const),
        key,
        suffix: fc.constantFrom("\u0000", " ", "\u0301", "\uD800", "💥", "'", "%00"),
      }),
    },
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
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
