import { describe, expect, it } from "vitest";
import { parseAnswers } from "@/components/exploration/exploration-storage";
import { EMPTY_ANSWERS } from "@/lib/schemas/workshop";

describe("answers read back from the device", () => {
  it("reads back what the form stored", () => {
    const stored = {
      ...EMPTY_ANSWERS,
      current: { expertise: 600, representation: 300, participation: 100 },
      currentWhy: "L'équipe décide.",
    };
    expect(parseAnswers(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it("reads anything else as nothing rather than a broken form", () => {
    expect(parseAnswers(null)).toBeNull();
    expect(
      parseAnswers({ ...EMPTY_ANSWERS, current: { expertise: 600, representation: 300, participation: 200 } }),
    ).toBeNull();
    expect(parseAnswers({ ...EMPTY_ANSWERS, desiredWhy: 3 })).toBeNull();
    expect(parseAnswers({ current: null })).toBeNull();
  });
});
