import { describe, expect, it } from "vitest";
import { translator } from "@/i18n/translator";
import { resolveText, type Translate } from "@/components/report/outline/resolve-text";

const fr = translator() as unknown as Translate;
const en = translator(undefined, "en") as unknown as Translate;

describe("outline values follow the translator's language (decision 024)", () => {
  it('writes a whole percentage « 45 % » in French and "45%" in English (the report\'s cycle comparison)', () => {
    expect(resolveText({ fmt: "percent", value: 45 }, fr)).toBe("45\u00a0%");
    expect(resolveText({ fmt: "percent", value: 45 }, en)).toBe("45%");
  });

  it("writes gaps and positions in each language's conventions", () => {
    expect(resolveText({ fmt: "gap", value: 0.24 }, fr)).toBe("0,24");
    expect(resolveText({ fmt: "gap", value: 0.24 }, en)).toBe("0.24");
    const position = { expertise: 0.5, representation: 0.3, participation: 0.2 };
    expect(resolveText({ fmt: "position", value: position }, en)).toBe(
      "Expertise 50%, Representation 30%, Participation 20%",
    );
  });
});
