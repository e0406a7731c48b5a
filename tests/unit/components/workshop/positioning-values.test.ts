import { describe, expect, it } from "vitest";
import { withTokens } from "@/domain/position-input";
import { answersFrom, parseBackup, valuesFrom } from "@/components/workshop/positioning-values";
import { EMPTY_ANSWERS } from "@/lib/schemas/workshop";

describe("the positioning form's values", () => {
  it("convert to the stored answers and back", () => {
    const answers = {
      ...EMPTY_ANSWERS,
      current: { expertise: 633, representation: 212, participation: 155 },
      currentWhy: "Parce que",
      desired: { expertise: 300, representation: 300, participation: 400 },
    };
    expect(answersFrom(valuesFrom(answers))).toEqual(answers);
  });

  it("keep an unfinished sharing of tokens in the local backup, and read it back", () => {
    const values = valuesFrom(EMPTY_ANSWERS);
    values.current = withTokens(values.current, "expertise", 4);
    values.currentWhy = "À moitié écrit";
    const backup = parseBackup(JSON.parse(JSON.stringify({ v: 1, step: 1, values })));
    expect(backup?.values.current.tokens.expertise).toBe(4);
    expect(backup?.values.current.perMille).toBeNull();
    expect(backup?.values.currentWhy).toBe("À moitié écrit");
  });

  it("ignore a backup from another version or with missing fields", () => {
    const values = valuesFrom(EMPTY_ANSWERS);
    expect(parseBackup({ v: 2, step: 1, values })).toBeNull();
    expect(parseBackup({ v: 1, step: 4, values })).toBeNull();
    expect(parseBackup({ v: 1, step: 1, values: { ...values, desiredWhy: 3 } })).toBeNull();
    expect(parseBackup("garbage")).toBeNull();
  });
});
