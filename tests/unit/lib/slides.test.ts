import { describe, expect, it } from "vitest";
import { chunk, chunkByLines, slideIndex } from "@/lib/slides";

describe("cutting long projected content into slides", () => {
  it("cuts a list into pieces of at most the given size, in order", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });

  it("counts a long text as more lines than a short one", () => {
    const texts = ["court", "x".repeat(200), "court", "court"];
    // 1 + 4 lines fit a budget of 5; the next ones start a new slide.
    expect(chunkByLines(texts, (t) => t, 5, 50)).toEqual([
      ["court", "x".repeat(200)],
      ["court", "court"],
    ]);
  });

  it("gives a text longer than the budget a slide of its own", () => {
    const long = "x".repeat(1000);
    expect(chunkByLines(["a", long, "b"], (t) => t, 4, 50)).toEqual([["a"], [long], ["b"]]);
  });

  it("reads the slide number from the address, clamped to the deck", () => {
    expect(slideIndex(undefined, 5)).toBe(0);
    expect(slideIndex("3", 5)).toBe(2);
    expect(slideIndex("99", 5)).toBe(4);
    expect(slideIndex("abc", 5)).toBe(0);
    expect(slideIndex("-2", 5)).toBe(0);
  });

  it("keeps the slide named in the address when slides are added before it", () => {
    // The facilitator is on the group's agreement form; a confirmation adds a slide of words.
    const before = ["distribution", "words-0", "agreement", "conditions"];
    const after = ["distribution", "words-0", "words-1", "agreement", "conditions"];
    expect(before[slideIndex("agreement", before.length, before)]).toBe("agreement");
    expect(after[slideIndex("agreement", after.length, after)]).toBe("agreement");
    // A slide that is gone: back to the number's reading (here none: the first).
    expect(slideIndex("words-3", after.length, after)).toBe(0);
    expect(slideIndex("2", after.length, after)).toBe(1);
  });
});
