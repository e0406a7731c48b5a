import { writeFileSync } from "node:fs";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { outlineTexts, reportOutline } from "@/domain/report-outline";
import { ReportView } from "@/components/report/ReportView";
import { pdfText } from "@/components/pdf/pdf-text";
import { publishCaReport } from "@/server/ca/publish-ca-report";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { saveCaSummary } from "@/server/ca/save-ca-summary";
import { saveGroupReaction } from "@/server/ca/save-group-reaction";
import { renderReportPdf } from "@/server/exports/render-report-pdf";
import { savePlenaryPiste } from "@/server/plenary/save-plenary-piste";
import { getReport } from "@/server/report/get-report";
import { pdfTextContent } from "../../support/pdf-text";
import {
  expectEveryText,
  htmlText,
  outlineTranslator,
  printedTexts,
  shownTexts,
  squash,
} from "../../support/outline-text";
import { renderWithMessages } from "../../support/render-with-messages";
import {
  type GroupWork,
  makeFacilitatorViewer,
  makeNextCycle,
  makePlenaryDemarche,
  PLENARY_WORK,
  setPhase,
  signInParticipant,
} from "../../support/factories";
import type { ReportModel } from "@/domain/report-model";

const t = outlineTranslator("fr");

async function fullReport() {
  const facilitator = await makeFacilitatorViewer();
  const d = await makePlenaryDemarche(facilitator);
  const piste = (title: string, extra: Partial<Parameters<typeof savePlenaryPiste>[1]> = {}) =>
    savePlenaryPiste(facilitator, {
      demarcheId: d.demarcheId,
      orientation: "changer-de-cap",
      title,
      description: "Quatre rencontres par année.",
      supportGroupIds: [d.groupId("intervenants"), d.groupId("destinataires")],
      needsArbitrage: false,
      arbitrageNote: "",
      ...extra,
    });
  const first = await piste("Un comité de membres");
  const second = await piste("Assemblée de saison", {
    orientation: "consolider",
    supportGroupIds: [d.groupId("destinataires")],
    needsArbitrage: true,
    arbitrageNote: "Le CA préfère un point à l'AGA.",
  });
  await setPhase(d.demarcheId, "transmission_ca");
  const board = await signInParticipant(d.participants.administrateurs[0]!);
  await recordCaAnswer(board, {
    pisteId: first.pisteId,
    decision: "retenue",
    reasons: "Deux groupes l'ont nommée.",
    responsible: "La coordination",
    dueDate: "2027-06-30",
    adoptedOn: "2027-03-12",
    resolution: "CA-2027-14",
  });
  await recordCaAnswer(facilitator, {
    pisteId: second.pisteId,
    decision: "a-l-etude",
    reasons: "À revoir en juin.",
    responsible: "",
    dueDate: "",
    adoptedOn: "2027-03-12",
    resolution: "",
  });
  await saveCaSummary(board, { demarcheId: d.demarcheId, summary: "Merci à toutes et à tous." });
  await publishCaReport(board, { demarcheId: d.demarcheId });
  await setPhase(d.demarcheId, "suivi");
  await saveGroupReaction(await signInParticipant(d.participants.destinataires[0]!), {
    text: "Nous suivrons le comité.",
  });
  return (await getReport(facilitator, d.demarcheId)).model;
}

/**
 * « Nouveau cycle » after a démarche whose destinataires stayed under the
 * minimum; in the new cycle the intervenant.e.s' current position moved and
 * the CA is under the minimum. Only the intervenant.e.s can be compared.
 */
async function twoCycleReport() {
  const facilitator = await makeFacilitatorViewer();
  const twoPeople = (work: GroupWork): GroupWork => ({ ...work, people: work.people.slice(0, 2) });
  const earlier = await makePlenaryDemarche(facilitator, {
    name: "Démarche réflexive 2026-2027",
    work: { destinataires: twoPeople(PLENARY_WORK.destinataires) },
  });
  const next = await makeNextCycle(facilitator, earlier.demarcheId, {
    name: "Démarche réflexive 2027-2028",
    work: {
      intervenants: {
        ...PLENARY_WORK.intervenants,
        agreement: { ...PLENARY_WORK.intervenants.agreement!, current: [450, 250, 300] },
      },
      administrateurs: twoPeople(PLENARY_WORK.administrateurs),
    },
  });
  return (await getReport(facilitator, next.demarcheId)).model;
}

/** The PDF's text, after checking that it prints every text of the outline. */
async function printedOutline(model: ReportModel): Promise<string> {
  const pdf = await renderReportPdf(model);
  if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, pdf);
  const printed = squash(pdfTextContent(pdf));
  const texts = printedTexts(outlineTexts(reportOutline(model)), t);
  expect(texts.length).toBeGreaterThan(80);
  expectEveryText(printed, texts, { inOrder: false });
  return printed;
}

/** The page's HTML, after checking that it shows every text of the outline, sections in the outline's order. */
function shownOutline(model: ReportModel): { html: string; shown: string } {
  const outline = reportOutline(model);
  const html = renderWithMessages(createElement(ReportView, { model }));
  const shown = htmlText(html);
  expectEveryText(shown, shownTexts(outlineTexts(outline), t), { inOrder: false });
  const positions = outline.sections.map((section) => html.indexOf(`data-testid="section-${section.id}"`));
  expect(positions.every((p) => p > -1)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  return { html, shown };
}

const NOT_NOW =
  "Pas de comparaison possible : dans ce cycle-ci, ce groupe n'a pas atteint le nombre minimum de participant.e.s ou n'a pas diffusé ses résultats.";
const NOT_THEN =
  "Pas de comparaison possible : au cycle 2026-2027, ce groupe n'avait pas atteint le nombre minimum de participant.e.s ou n'avait pas diffusé ses résultats.";

describe("the CA report's page and PDF come from one outline", () => {
  it("prints every text of the outline in the PDF, decisions before the method", async () => {
    const printed = await printedOutline(await fullReport());
    const decisions = printed.indexOf("Décisions attendues du CA");
    expect(decisions).toBeGreaterThan(-1);
    expect(decisions).toBeLessThan(printed.indexOf("En bref"));
    expect(printed.indexOf("En bref")).toBeLessThan(printed.indexOf("Contexte et méthode"));
    expect(printed.indexOf("1. Un comité de membres — Changer de cap")).toBeLessThan(
      printed.indexOf("Contexte et méthode"),
    );
  });

  it("prints the same report in English when asked, what people wrote left as written (decision 024)", async () => {
    const model = await fullReport();
    const en = outlineTranslator("en");
    const pdf = await renderReportPdf(model, "en");
    const printed = squash(pdfTextContent(pdf));
    expectEveryText(printed, printedTexts(outlineTexts(reportOutline(model)), en), { inOrder: false });

    expect(printed).toContain("Decisions expected from the CA");
    expect(printed).toContain("Context and method");
    expect(printed).not.toContain("Décisions attendues du CA");
    // The board's and the groups' own words are not translated.
    expect(printed).toContain("Un comité de membres");
    expect(printed).toContain("Deux groupes l'ont nommée.");
    // English numbers: "0.24", "50%"; none of French's « 0,24 » or « 50 % ».
    expect(printed).toMatch(/\b0\.\d\d\b/);
    expect(printed).toMatch(/\d%/);
    expect(printed).not.toMatch(/\b0,\d\d\b/);
  });

  it("shows every text of the same outline on the page, in the same order of sections", async () => {
    const { shown } = shownOutline(await fullReport());
    expect(shown).toContain("Adoptée à la réunion du CA du 12 mars 2027 (résolution CA-2027-14).");
    expect(shown).toContain("par un.e délégué.e du CA");
  });

  it("after « Nouveau cycle », prints each group's comparison with the earlier cycle right after its results", async () => {
    const model = await twoCycleReport();
    const printed = await printedOutline(model);
    const word = (text: string) => squash(pdfText(text));
    // In « Chaque groupe », each group's title, then its comparison, before the next group.
    let from = printed.indexOf(word(t("report.groups.title")));
    const expected = {
      intervenants: word(`Expertise : de 60\u00a0% à 45\u00a0% (\u221215 points)`),
      destinataires: word(NOT_THEN),
      administrateurs: word(NOT_NOW),
    };
    for (const group of model.groups) {
      const title = printed.indexOf(word(group.label), from);
      const comparison = printed.indexOf(word(expected[group.kind as keyof typeof expected]), title);
      expect(title, group.label).toBeGreaterThan(from);
      expect(comparison, group.label).toBeGreaterThan(title);
      from = comparison;
    }
    // Then the section that charts both cycles.
    expect(printed.indexOf(word(t("report.cycles.title", { previous: "2026-2027" })), from)).toBeGreaterThan(from);
  });

  it("after « Nouveau cycle », shows the comparison inside each group's block on the page, figures only when both cycles have them", async () => {
    const model = await twoCycleReport();
    const { html } = shownOutline(model);
    const block = (groupId: string) => {
      const start = html.indexOf(`data-testid="group-${groupId}"`);
      // Up to the next group, or the end of the groups' section.
      const end = Math.min(
        ...[`data-testid="group-`, `data-testid="section-`]
          .map((marker) => html.indexOf(marker, start + 1))
          .filter((at) => at > -1),
      );
      // Spaces as a reader sees them (fr-CA writes « 50 % » with a narrow no-break space).
      return htmlText(html.slice(start, end)).replace(/\s/g, " ");
    };
    const byKind = (kind: string) => model.groups.find((g) => g.kind === kind)!.id;
    expect(block(byKind("intervenants"))).toMatch(
      /Depuis le cycle 2026-2027 Position actuelle : un déplacement modéré \(0,13\)\./,
    );
    expect(block(byKind("intervenants"))).toContain("Participation : 50 %, sans changement");
    expect(block(byKind("destinataires"))).toContain(NOT_THEN);
    // Under the minimum now: no figure at all in the group's block, its comparison included.
    const board = block(byKind("administrateurs"));
    expect(board).toContain(NOT_NOW);
    expect(board).not.toMatch(/%|\d,\d\d/);
  });
});
