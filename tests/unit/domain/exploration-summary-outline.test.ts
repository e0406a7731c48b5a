import { describe, expect, it } from "vitest";
import { explorationSummaryOutline, type SummaryAnswers } from "@/domain/exploration-summary-outline";
import { documentTexts, type Block } from "@/domain/report-outline";
import { translator } from "@/i18n/translator";
import { resolveText, type Translate } from "@/components/report/outline/resolve-text";

const fr = translator() as unknown as Translate;
const en = translator(undefined, "en") as unknown as Translate;

const answers: SummaryAnswers = {
  current: { expertise: 600, representation: 300, participation: 100 },
  currentWhy: "L'équipe décide des activités.",
  currentExamples: "",
  desired: { expertise: 200, representation: 300, participation: 500 },
  desiredWhy: "Les membres voteraient.",
  desiredExamples: "",
  conditionsHinder: "Le manque de temps.",
  conditionsSupport: "",
};
const savedAt = "2026-12-07T15:00:00.000Z";

const words = (t: Translate, a: SummaryAnswers = answers) =>
  documentTexts(explorationSummaryOutline({ answers: a, savedAt })).map((text) => resolveText(text, t));

describe("the exploration summary's outline (decision 022, one outline for the page and the PDF)", () => {
  it("has the triangle, then the answers step by step, each question followed by the person's words", () => {
    const outline = explorationSummaryOutline({ answers, savedAt });
    expect(outline.sections.map((s) => s.id)).toEqual(["triangle", "answers"]);
    expect(outline.sections[0]!.blocks[0]).toMatchObject({ type: "chart", series: [{ id: "me" }] });
    const steps = outline.sections[1]!.blocks as Extract<Block, { type: "subsection" }>[];
    expect(steps.map((s) => resolveText(s.title, fr))).toEqual([
      "Position actuelle",
      "Position désirée",
      "Écart et conditions",
    ]);
    expect(
      steps[0]!.blocks.map((b) => (b.type === "heading" || b.type === "paragraph" ? resolveText(b.text, fr) : "")),
    ).toEqual([
      "Pourquoi avez-vous choisi cette position?",
      "L'équipe décide des activités.",
      "Des exemples de ce qui se fait aujourd'hui",
      "(pas de réponse)",
    ]);
  });

  it("writes positions, the gap and the date in French conventions, and in English ones for an English reader", () => {
    const french = words(fr);
    expect(french).toContain("Exploration du 7 décembre 2026");
    expect(french).toContain(
      "Position actuelle : Expertise 60\u00a0%, Représentation 30\u00a0%, Participation 10\u00a0%",
    );
    expect(french.find((w) => w.startsWith("Écart :"))).toMatch(/^Écart : 0,\d\d — un grand changement$/);

    const english = words(en);
    expect(english).toContain("Exploration of December 7, 2026");
    expect(english).toContain("Current position: Expertise 60%, Representation 30%, Participation 10%");
    expect(english.find((w) => w.startsWith("Gap:"))).toMatch(/^Gap: 0\.\d\d — a large change$/);
    // What the person wrote is never translated.
    expect(english).toContain("L'équipe décide des activités.");
    expect(english).toContain("(no answer)");
  });

  it("says the positions are missing, with no chart and no figure, when one is not placed", () => {
    const outline = explorationSummaryOutline({ answers: { ...answers, desired: null }, savedAt });
    const triangle = outline.sections[0]!;
    expect(triangle.blocks.map((b) => b.type)).toEqual(["paragraph"]);
    expect(words(fr, { ...answers, desired: null })).toContain(
      "Placez la position actuelle et la position désirée pour voir votre triangle.",
    );
    expect(words(fr, { ...answers, desired: null }).join(" ")).not.toMatch(/%|Écart :/);
  });
});
