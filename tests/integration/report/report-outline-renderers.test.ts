import { writeFileSync } from "node:fs";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { outlineTexts, reportOutline } from "@/domain/report-outline";
import { translator } from "@/i18n/translator";
import { resolveText, type Translate } from "@/components/report/outline/resolve-text";
import { ReportView } from "@/components/report/ReportView";
import { pdfText } from "@/components/pdf/pdf-text";
import { publishCaReport } from "@/server/ca/publish-ca-report";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { saveCaSummary } from "@/server/ca/save-ca-summary";
import { saveGroupReaction } from "@/server/ca/save-group-reaction";
import { renderReportPdf } from "@/server/exports/render-report-pdf";
import { savePlenaryPiste } from "@/server/plenary/save-plenary-piste";
import { getReport } from "@/server/report/get-report";
import { makeFacilitatorViewer } from "../../support/factories";
import { pdfTextContent } from "../../support/pdf-text";
import { renderWithMessages } from "../../support/render-with-messages";
import { makePlenaryDemarche, setPhase, signInParticipant } from "../../support/factories";

const t = translator() as unknown as Translate;
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Visible text of static HTML: tags become spaces, entities decoded. */
function htmlText(html: string): string {
  return squash(
    html
      .replace(/<(title|desc)[^>]*>[\s\S]*?<\/\1>/g, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&nbsp;/g, "\u00a0")
      .replace(/&amp;/g, "&"),
  );
}

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

describe("the CA report's page and PDF come from one outline", () => {
  it("prints every text of the outline in the PDF, decisions before the method", async () => {
    const model = await fullReport();
    const outline = reportOutline(model);
    const pdf = await renderReportPdf(model);
    if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, pdf);
    const printed = squash(pdfTextContent(pdf));
    const texts = outlineTexts(outline).map((text) => squash(pdfText(resolveText(text, t))));
    const missing = texts.filter((text) => !printed.includes(text));
    expect(missing).toEqual([]);
    expect(texts.length).toBeGreaterThan(80);

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
    const en = translator(undefined, "en") as unknown as Translate;
    const pdf = await renderReportPdf(model, "en");
    const printed = squash(pdfTextContent(pdf));
    const texts = outlineTexts(reportOutline(model)).map((text) => squash(pdfText(resolveText(text, en))));
    expect(texts.filter((text) => !printed.includes(text))).toEqual([]);

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
    const model = await fullReport();
    const outline = reportOutline(model);
    const html = renderWithMessages(createElement(ReportView, { model }));
    const shown = htmlText(html);
    const texts = outlineTexts(outline).map((text) => squash(resolveText(text, t)));
    const missing = texts.filter((text) => !shown.includes(text));
    expect(missing).toEqual([]);

    const positions = outline.sections.map((section) => html.indexOf(`data-testid="section-${section.id}"`));
    expect(positions.every((p) => p > -1)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(shown).toContain("Adoptée à la réunion du CA du 12 mars 2027 (résolution CA-2027-14).");
    expect(shown).toContain("par un.e délégué.e du CA");
  });
});
