import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MANDATES } from "@/domain/mandates";
import { fromPerMille, positionToTokens, type PerMille } from "@/domain/position";
import {
  isOnTokenGrid,
  parseStepInput,
  stepInputFrom,
  tokensLeft,
  withPoint,
  withTokens,
  type StepInput,
} from "@/domain/position-input";
import { partsArb, perMilleArb } from "./arbitraries";

const EMPTY: StepInput = stepInputFrom(null);

function share(e: number, r: number, p: number): StepInput {
  let input = EMPTY;
  input = withTokens(input, "expertise", e);
  input = withTokens(input, "representation", r);
  return withTokens(input, "participation", p);
}

describe("sharing 10 tokens", () => {
  it("has no position until the 10 tokens are placed, and says how many are left", () => {
    const partial = share(4, 3, 0);
    expect(partial.perMille).toBeNull();
    expect(tokensLeft(partial.tokens)).toBe(3);
    const complete = withTokens(partial, "participation", 3);
    expect(complete.perMille).toEqual({ expertise: 400, representation: 300, participation: 300 });
    expect(tokensLeft(complete.tokens)).toBe(0);
  });

  it("never lets the total go past 10 or a mandate below 0", () => {
    const input = share(8, 0, 0);
    expect(withTokens(input, "representation", 5).tokens.representation).toBe(2);
    expect(withTokens(input, "expertise", 25).tokens.expertise).toBe(10);
    expect(withTokens(input, "expertise", -3).tokens.expertise).toBe(0);
    expect(withTokens(input, "expertise", Number.NaN).tokens.expertise).toBe(8);
  });

  it("stores exactly what the tokens say, and reads back the same tokens (the paper version and the app agree)", () => {
    fc.assert(
      fc.property(partsArb(10), (tokens) => {
        const input = share(tokens.expertise, tokens.representation, tokens.participation);
        expect(input.perMille).not.toBeNull();
        for (const m of MANDATES) expect(input.perMille?.[m]).toBe(tokens[m] * 100);
        expect(stepInputFrom(input.perMille).tokens).toEqual(tokens);
        expect(isOnTokenGrid(input.perMille as PerMille)).toBe(true);
      }),
    );
  });
});

describe("pointing in the triangle", () => {
  it("keeps the point's exact value and shows its rounding in tokens", () => {
    const point = { expertise: 633, representation: 212, participation: 155 };
    const input = withPoint(point);
    expect(input.perMille).toEqual(point);
    expect(input.tokens).toEqual(positionToTokens(fromPerMille(point)));
    expect(tokensLeft(input.tokens)).toBe(0);
    expect(isOnTokenGrid(point)).toBe(false);
  });

  it("moves back to steps of 10 % as soon as a token changes", () => {
    const input = withTokens(withPoint({ expertise: 633, representation: 212, participation: 155 }), "expertise", 5);
    // 6 → 5 tokens on expertise leaves one free: no position until it is placed.
    expect(input.perMille).toBeNull();
    expect(withTokens(input, "participation", input.tokens.participation + 1).perMille).toEqual({
      expertise: 500,
      representation: 200,
      participation: 300,
    });
  });

  it("always gives tokens that sum to 10 for a point", () => {
    fc.assert(
      fc.property(perMilleArb, (perMille) => {
        expect(tokensLeft(withPoint(perMille).tokens)).toBe(0);
      }),
    );
  });
});

describe("parseStepInput (local backup)", () => {
  it("reads back what it wrote", () => {
    const partial = share(3, 2, 0);
    expect(parseStepInput(JSON.parse(JSON.stringify(partial)))).toEqual(partial);
    const point = withPoint({ expertise: 10, representation: 500, participation: 490 });
    expect(parseStepInput(JSON.parse(JSON.stringify(point)))).toEqual(point);
  });

  it("refuses anything malformed", () => {
    expect(parseStepInput(null)).toBeNull();
    expect(parseStepInput("x")).toBeNull();
    expect(
      parseStepInput({ tokens: { expertise: 11, representation: 0, participation: 0 }, perMille: null }),
    ).toBeNull();
    expect(
      parseStepInput({ tokens: { expertise: -1, representation: 2, participation: 0 }, perMille: null }),
    ).toBeNull();
    expect(
      parseStepInput({ tokens: { expertise: 1.5, representation: 0, participation: 0 }, perMille: null }),
    ).toBeNull();
    expect(
      parseStepInput({ tokens: EMPTY.tokens, perMille: { expertise: 500, representation: 500, participation: 1 } }),
    ).toBeNull();
  });
});
