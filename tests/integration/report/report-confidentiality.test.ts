import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/ReportView";
import { db } from "@/server/db";
import { exportDemarcheJson } from "@/server/exports/export-demarche-json";
import { renderReportPdf } from "@/server/exports/render-report-pdf";
import { getReport } from "@/server/report/get-report";
import {
  makeDemarche,
  makeFacilitatorViewer,
  type PersonWork,
  recordGroupWork,
  setPhase,
} from "../../support/factories";
import { pdfTextContent } from "../../support/pdf-text";
import { renderWithMessages } from "../../support/render-with-messages";

// Names and individual texts no report may ever contain.
const SECRET_NAMES = [
  "Zéphirine Quenneville",
  "Bartholomé Xénakis",
  "Philomène Ouellet-Zhou",
  "Anatole Brisebois",
  "Capucine Vézina",
  "Ildefonse Tremblay",
  "Ursule Petitclerc",
];
const person = (
  name: string,
  index: number,
  current: [number, number, number],
  desired: [number, number, number],
): PersonWork => ({
  name,
  current,
  desired,
  currentWhy: `Pourquoi-individuel-${index} Xylophage`,
  currentExamples: `Exemple-individuel-${index} Quokka`,
  desiredWhy: `Souhait-individuel-${index} Ornithorynque`,
  desiredExamples: `Pratique-individuelle-${index} Wapiti`,
  conditionsHinder: `Entrave-individuelle-${index} Zibeline`,
  conditionsSupport: `Appui-individuel-${index} Okapi`,
});
const INDIVIDUAL_MARKERS = ["Xylophage", "Quokka", "Ornithorynque", "Wapiti", "Zibeline", "Okapi"];

async function confidentialDemarche() {
  const facilitator = await makeFacilitatorViewer();
  const d = await makeDemarche(facilitator, "Démarche confidentielle");
  const [int, dest, ca] = d.groups as [(typeof d.groups)[number], (typeof d.groups)[number], (typeof d.groups)[number]];
  await recordGroupWork(d.demarcheId, int.id, {
    people: [
      person(SECRET_NAMES[0]!, 1, [617, 183, 200], [300, 200, 500]),
      person(SECRET_NAMES[1]!, 2, [500, 300, 200], [300, 300, 400]),
      person(SECRET_NAMES[2]!, 3, [700, 100, 200], [400, 200, 400]),
    ],
    agreement: {
      current: [600, 200, 200],
      desired: [300, 250, 450],
      justification: "Justification commune Tamarin",
      examples: "Exemples communs Toucan",
    },
    conditions: [{ kind: "entrave", theme: "Financement", text: "Condition commune Lamantin" }],
    pistes: [{ orientation: "changer-de-cap", title: "Piste commune Narval" }],
  });
  // Two people: under the minimum size; their group's texts stay out too.
  await recordGroupWork(d.demarcheId, dest.id, {
    people: [
      person(SECRET_NAMES[3]!, 4, [500, 100, 400], [300, 200, 500]),
      person(SECRET_NAMES[4]!, 5, [600, 200, 200], [200, 300, 500]),
    ],
    agreement: { current: [550, 150, 300], desired: [250, 250, 500], justification: "Petit groupe Mangouste" },
    conditions: [{ kind: "entrave", theme: "Financement", text: "Petit groupe Suricate" }],
    pistes: [{ orientation: "consolider", title: "Petit groupe Belette" }],
  });
  // Not released: nothing of its work may appear.
  await recordGroupWork(d.demarcheId, ca.id, {
    people: [
      person(SECRET_NAMES[5]!, 6, [300, 500, 200], [300, 500, 200]),
      person(SECRET_NAMES[6]!, 7, [400, 400, 200], [400, 400, 200]),
      person("Hortense Labrecque", 8, [300, 400, 300], [200, 400, 400]),
    ],
    agreement: { current: [300, 500, 200], desired: [300, 450, 250], justification: "Non partagé Marmotte" },
    conditions: [{ kind: "favorise", theme: "Financement", text: "Non partagé Hermine" }],
    released: false,
  });
  await setPhase(d.demarcheId, "transmission_ca");
  return { facilitator, d };
}

function renderPage(model: Awaited<ReturnType<typeof getReport>>["model"]): string {
  return renderWithMessages(createElement(ReportView, { model }));
}

describe("the CA report never contains a participant's name or individual answers", () => {
  it("in the report model, the page, the PDF and the JSON export", async () => {
    const { facilitator, d } = await confidentialDemarche();
    const { model } = await getReport(facilitator, d.demarcheId);
    const html = renderPage(model);
    // Lines of the PDF are joined, so a name broken over two lines is still found.
    const pdfText = pdfTextContent(await renderReportPdf(model)).replace(/\s+/g, " ");
    const { json } = await exportDemarcheJson(facilitator, d.demarcheId);

    const participantIds = (
      await db.participant.findMany({ where: { demarcheId: d.demarcheId }, select: { id: true } })
    ).map((p) => p.id);
    const positionIds = (await db.position.findMany({ where: { demarcheId: d.demarcheId }, select: { id: true } })).map(
      (p) => p.id,
    );
    const outputs = { model: JSON.stringify(model), html, pdf: pdfText, json };
    const forbidden = [
      ...SECRET_NAMES,
      ...SECRET_NAMES.map((name) => name.split(" ")[0]!),
      "Hortense",
      ...INDIVIDUAL_MARKERS,
      ...["Mangouste", "Suricate", "Belette", "Marmotte", "Hermine"],
      ...participantIds,
      ...positionIds,
    ];
    for (const [where, text] of Object.entries(outputs)) {
      for (const word of forbidden) {
        expect(text.includes(word), `${where} contains « ${word} »`).toBe(false);
      }
    }

    // The group-level texts of the released, large-enough group are there:
    // the outputs are complete, and the PDF text extraction works.
    for (const [where, text] of Object.entries(outputs)) {
      for (const word of ["Tamarin", "Toucan", "Lamantin", "Narval", "Démarche confidentielle"]) {
        expect(text.includes(word), `${where} lacks « ${word} »`).toBe(true);
      }
    }
    // Counts are shown; the small group's figures are not.
    expect(model.groups.map((g) => [g.status, g.participantCount, g.responseCount])).toEqual([
      ["reported", 3, 3],
      ["too-small", 2, 2],
      ["not-released", 3, null],
    ]);
    expect(pdfText).toContain("Non affichés : moins de 3 réponses");
  });
});
