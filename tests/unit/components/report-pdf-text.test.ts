import { describe, expect, it } from "vitest";
import { pdfText } from "@/components/pdf/pdf-text";

describe("pdfText", () => {
  it("keeps French text as is", () => {
    const text = "Démarche « intra-organisme » : œuvre, l’accès, À Ç É È Ê Ô Û ï ü ÿ — déjà… 50\u00A0%";
    expect(pdfText(text)).toBe(text);
  });

  it("replaces what the standard fonts cannot draw", () => {
    expect(pdfText("50\u202F%")).toBe("50\u00A0%");
    expect(pdfText("\u221210 points, \u2265 3")).toBe("\u201310 points, >= 3");
    expect(pdfText("Merci 🙏 ᐊᐃᖓ")).toBe("Merci ? ???");
  });

  it("composes accents typed as two characters", () => {
    expect(pdfText("e\u0301cart")).toBe("écart");
  });
});
