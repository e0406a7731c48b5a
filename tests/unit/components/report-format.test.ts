import { describe, expect, it } from "vitest";
import { gapText, instantText, listText, pointsText, positionText, ymdText } from "@/components/report/format";

describe("report formats", () => {
  it("writes dates the Québec French way, « 1er » included", () => {
    expect(ymdText("2026-10-01")).toBe("1er octobre 2026");
    expect(ymdText("2027-02-26")).toBe("26 février 2027");
    // Midnight UTC is still the evening before in Québec.
    expect(instantText("2027-03-01T03:00:00.000Z")).toBe("28 février 2027");
  });

  it("writes positions as whole percentages that add up to 100", () => {
    const names = { expertise: "Expertise", representation: "Représentation", participation: "Participation" };
    expect(positionText({ expertise: 1 / 3, representation: 1 / 3, participation: 1 / 3 }, names)).toBe(
      "Expertise 34\u00a0%, Représentation 33\u00a0%, Participation 33\u00a0%",
    );
  });

  it("writes gaps, signed points and lists", () => {
    expect(gapText(0.3)).toBe("0,30");
    expect(pointsText(0.3)).toBe("+30");
    expect(pointsText(-0.1)).toBe("\u221210");
    expect(listText(["A", "B", "C"])).toBe("A, B et C");
    expect(listText(["A"])).toBe("A");
  });

  it("writes numbers, dates and lists the English way when the reader chose English (decision 024)", () => {
    const names = { expertise: "Expertise", representation: "Representation", participation: "Participation" };
    expect(gapText(0.24, "en-CA")).toBe("0.24");
    expect(positionText({ expertise: 0.5, representation: 0.38, participation: 0.12 }, names, "en-CA")).toBe(
      "Expertise 50%, Representation 38%, Participation 12%",
    );
    expect(ymdText("2026-10-01", "en-CA")).toBe("October 1, 2026");
    expect(instantText("2027-03-01T03:00:00.000Z", "en-CA")).toBe("February 28, 2027");
    expect(listText(["Staff", "Destinataires", "Board members (CA)"], "en-CA")).toBe(
      "Staff, Destinataires and Board members (CA)",
    );
    // French stays the default, « 0,24 » and « 12 % ».
    expect(gapText(0.24)).toBe("0,24");
    expect(listText(["A", "B", "C"])).toBe("A, B et C");
  });
});

