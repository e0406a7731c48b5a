import { describe, expect, it } from "vitest";
import { bilanOutline, type BilanModel } from "@/domain/inter-bilan-outline";
import {
  interComparisons,
  interReadings,
  missingCells,
  type InterSide,
  type InterWorkshop,
} from "@/domain/inter-organisations";
import { fromPerMille, type PerMille } from "@/domain/position";
import { documentTexts, type Block } from "@/domain/report-outline";
import { translator } from "@/i18n/translator";
import { resolveText, type Translate } from "@/components/report/outline/resolve-text";

const fr = translator() as unknown as Translate;
const en = translator(undefined, "en") as unknown as Translate;
const pm = (e: number, r: number, p: number): PerMille => ({ expertise: e, representation: r, participation: p });

function model(cells: [InterWorkshop, InterSide, PerMille, PerMille][]): BilanModel {
  const agreements = cells.map(([workshop, side, current, desired]) => ({
    workshop,
    side,
    current,
    desired,
    why: `Raisons de l'atelier (${workshop}, ${side})`,
    examples: "",
  }));
  const positions = agreements.map((a) => ({
    workshop: a.workshop,
    side: a.side,
    current: fromPerMille(a.current),
    desired: fromPerMille(a.desired),
  }));
  return {
    organisations: [
      { side: "a", name: "Maison des jeunes Le Tremplin" },
      { side: "b", name: "Centre de femmes L'Étincelle" },
    ],
    workshops: [
      { kind: "intervenants", label: "Intervenant.e.s" },
      { kind: "destinataires", label: "Destinataires" },
    ],
    agreements,
    comparisons: interComparisons(positions),
    readings: interReadings(positions),
    missing: missingCells(agreements),
  };
}

const FULL = model([
  ["intervenants", "a", pm(800, 100, 100), pm(100, 200, 700)],
  ["intervenants", "b", pm(300, 300, 400), pm(100, 200, 700)],
  ["destinataires", "a", pm(800, 100, 100), pm(300, 300, 400)],
  ["destinataires", "b", pm(300, 300, 400), pm(300, 300, 400)],
]);

const words = (m: BilanModel, side: InterSide, t: Translate) =>
  documentTexts(bilanOutline(m, side)).map((text) => resolveText(text, t));

describe("the bilan's outline (decision 023, one outline for the page and the PDF)", () => {
  it("puts the copy's own organisation first in each workshop and among the comparisons", () => {
    const outline = bilanOutline(FULL, "b");
    expect(outline.sections.map((s) => s.id)).toEqual(["chart", "positions", "comparisons", "next"]);
    const positions = outline.sections[1]!.blocks as Extract<Block, { type: "subsection" }>[];
    expect(positions.map((b) => resolveText(b.title, fr))).toEqual([
      "Intervenant.e.s, à propos de Centre de femmes L'Étincelle",
      "Intervenant.e.s, à propos de Maison des jeunes Le Tremplin",
      "Destinataires, à propos de Centre de femmes L'Étincelle",
      "Destinataires, à propos de Maison des jeunes Le Tremplin",
    ]);
    const shown = words(FULL, "b", fr);
    expect(
      shown.indexOf("À propos de Centre de femmes L'Étincelle : les intervenant.e.s et les destinataires"),
    ).toBeLessThan(
      shown.indexOf("À propos de Maison des jeunes Le Tremplin : les intervenant.e.s et les destinataires"),
    );
    expect(shown).toContain("Exemplaire de Centre de femmes L'Étincelle");
  });

  it("writes positions, gaps and verdicts in French, and in English for an English bilan, the workshops' words as written", () => {
    const french = words(FULL, "a", fr);
    expect(french).toContain(
      "Position actuelle : Expertise 80\u00a0%, Représentation 10\u00a0%, Participation 10\u00a0%",
    );
    expect(french.some((w) => /^Écart entre l'actuelle et la désirée : 0,\d\d — /.test(w))).toBe(true);
    expect(french.some((w) => /^Positions actuelles : .+ \(distance 0,\d\d\)$/.test(w))).toBe(true);

    const english = words(FULL, "a", en);
    expect(english).toContain("Bilan des apprentissages (summary of learnings)");
    expect(english).toContain("Copy for Maison des jeunes Le Tremplin");
    expect(english).toContain("Current position: Expertise 80%, Representation 10%, Participation 10%");
    expect(english.some((w) => /^Gap between current and desired: 0\.\d\d — /.test(w))).toBe(true);
    expect(english.some((w) => /^Current positions: .+ \(distance 0\.\d\d\)$/.test(w))).toBe(true);
    expect(english).toContain("Raisons de l'atelier (intervenants, a)");
    expect(english.join(" ")).not.toMatch(/\d\u00a0%|0,\d\d/);
  });

  it("says an incomplete bilan is incomplete and draws only the pairs it has", () => {
    const partial = model([["intervenants", "a", pm(800, 100, 100), pm(100, 200, 700)]]);
    const outline = bilanOutline(partial, "a");
    expect(resolveText(outline.notice!, fr)).toMatch(/^Ce bilan est incomplet : 3 positions convenues manquent/);
    expect(words(partial, "a", fr)).toContain("Aucune comparaison tant que les positions convenues manquent.");
    expect(words(partial, "a", fr).filter((w) => w === "Aucune position convenue.")).toHaveLength(3);
    expect(bilanOutline(model([]), "a").sections.map((s) => s.id)).toEqual(["positions", "comparisons", "next"]);
    expect(bilanOutline(FULL, "a").notice).toBeUndefined();
  });
});
