import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renameSchema } from "@/lib/schemas/privacy";
import { isStorableText, safeString } from "@/lib/schemas/text";

describe("text that can be stored", () => {
  it("accepts what people type, accents, emoji and scripts included", () => {
    for (const text of ["Léa Gagnon", "Ça va? 👍🏽", "ᐃᓄᒃᑎᑐᑦ", "  espaces  ", "", "ligne\nautre ligne"]) {
      expect(isStorableText(text), text).toBe(true);
    }
  });

  it("refuses the NUL character and lone halves of surrogate pairs", () => {
    for (const text of ["\u0000", "a\u0000b", "\uD800", "x\uDFFF", "\uDFFF\uD800"]) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
    }
  });

  it("answers with a message key the forms translate", () => {
    const result = renameSchema.safeParse({ displayName: "Léa\u0000" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("validation.invalidCharacters");
    expect(safeString().trim().safeParse("  Léa ").data).toBe("Léa");
  });

  it("is where every shared schema's strings start", () => {
    // A bare z.string() would let NUL through to PostgreSQL as an internal error.
    const dir = path.resolve("src/lib/schemas");
    const offenders = fs
      .readdirSync(dir)
      .filter((f) => f !== "text.ts")
      .filter((f) => /\bz\s*\.\s*string\s*\(/.test(fs.readFileSync(path.join(dir, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
