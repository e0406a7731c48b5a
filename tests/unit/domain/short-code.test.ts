import { describe, expect, it } from "vitest";
import {
  formatShortCode,
  isWellFormedShortCode,
  normalizeShortCode,
  SHORT_CODE_ALPHABET,
  shortCodeFromIndexes,
} from "@/domain/short-code";

describe("short codes", () => {
  it("uses 31 symbols and none of the look-alikes 0, O, 1, I, L", () => {
    expect(new Set(SHORT_CODE_ALPHABET).size).toBe(31);
    for (const ch of "0O1IL") expect(SHORT_CODE_ALPHABET).not.toContain(ch);
  });

  it("accepts what people type: lower case, spaces, hyphens", () => {
    expect(normalizeShortCode(" k7qm-3hpr ")).toBe("K7QM3HPR");
    expect(normalizeShortCode("k7qm 3hpr")).toBe("K7QM3HPR");
    expect(isWellFormedShortCode("K7QM3HPR")).toBe(true);
  });

  it("rejects the wrong length and symbols outside the alphabet", () => {
    expect(isWellFormedShortCode("K7QM3HP")).toBe(false);
    expect(isWellFormedShortCode("K7QM3HPRX")).toBe(false);
    expect(isWellFormedShortCode("K7QM3HP0")).toBe(false);
    expect(isWellFormedShortCode("K7QM3HPL")).toBe(false);
  });

  it("builds codes from indexes and shows them in two groups of four", () => {
    expect(shortCodeFromIndexes([0, 1, 2, 3, 30, 29, 28, 27])).toBe("ABCD9876");
    expect(formatShortCode("ABCD9876")).toBe("ABCD-9876");
    expect(() => shortCodeFromIndexes([0, 1])).toThrow(RangeError);
    expect(() => shortCodeFromIndexes([0, 1, 2, 3, 4, 5, 6, 31])).toThrow(RangeError);
  });
});
