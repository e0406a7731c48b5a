import "../../support/mock-next";
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { OutlineDocumentView } from "@/components/report/outline/OutlineDocumentView";
import type { DocumentOutline } from "@/domain/report-outline";
import { renderWithMessages } from "../../support/render-with-messages";
import { GET as bilanPdf } from "@/app/(site)/demarches/[demarcheId]/bilan/[side]/pdf/route";
import { pdfText } from "@/components/pdf/pdf-text";
import { resolveText, type Translate } from "@/components/report/outline/resolve-text";
import { bilanOutline } from "@/domain/inter-bilan-outline";
import type { InterSide } from "@/domain/inter-organisations";
import { documentTexts } from "@/domain/report-outline";
import type { Locale } from "@/i18n/locales";
import { translator } from "@/i18n/translator";
import type { FacilitatorViewer } from "@/server/auth/viewer";
import { getDemarcheSettings } from "@/server/demarches/get-demarche-settings";
import { updateDemarcheSettings } from "@/server/demarches/update-demarche-settings";
import { getBilanPdf } from "@/server/inter/get-bilan-pdf";
import { getInterDemarche } from "@/server/inter/get-inter-demarche";
import { saveInterAgreement } from "@/server/inter/save-inter-agreement";
import { actAs } from "../../support/acting-as";
import { makeFacilitatorViewer, makeInterDemarche } from "../../support/factories";
import { pdfTextContent } from "../../support/pdf-text";

// The text helper gives an opening parenthesis its own line: « ( distance 0,45) ».
const squash = (text: string) => text.replace(/\s+/g, " ").replace(/\( /g, "(").trim();

const EXPERT = { expertise: 800, representation: 100, participation: 100 };
const SHARED = { expertise: 300, representation: 300, participation: 400 };
const PARTICIPATIVE = { expertise: 100, representation: 200, participation: 700 };

/** An inter démarche whose two workshops agreed about both organisations. */
async function completeBilan() {
  const owner = await makeFacilitatorViewer();
  const d = await makeInterDemarche(owner);
  const save = (workshop: "intervenants" | "destinataires", side: InterSide, current: typeof EXPERT) =>
    saveInterAgreement(owner, {
      groupId: d.workshops[workshop],
      side,
      current,
      desired: PARTICIPATIVE,
      why: `Parce que l'atelier des ${workshop} l'a convenu (${side})`,
      examples: "Un comité de destinataires",
    });
  await save("intervenants", "a", EXPERT);
  await save("intervenants", "b", SHARED);
  await save("destinataires", "a", SHARED);
  await save("destinataires", "b", EXPERT);
  return { owner, demarcheId: d.demarcheId };
}

async function setOutputLocale(viewer: FacilitatorViewer, demarcheId: string, outputLocale: Locale) {
  const { values } = await getDemarcheSettings(viewer, demarcheId);
  await updateDemarcheSettings(viewer, { ...values, outputLocale });
}

/** The PDF's text, after checking it prints every text of the bilan's outline in `locale`, in the outline's order. */
async function printedOutline(owner: FacilitatorViewer, demarcheId: string, side: InterSide, locale: Locale) {
  const { pdf } = await getBilanPdf(owner, demarcheId, side, locale);
  const printed = squash(pdfTextContent(pdf));
  const t = translator(undefined, locale) as unknown as Translate;
  const outline = bilanOutline(await getInterDemarche(owner, demarcheId), side);
  const texts = documentTexts(outline).map((text) => squash(pdfText(resolveText(text, t))));
  expect(texts.filter((text) => !printed.includes(text))).toEqual([]);
  expect(texts.length).toBeGreaterThan(30);
  let from = 0;
  for (const text of texts) {
    const at = printed.indexOf(text, from);
    expect(at, text).toBeGreaterThanOrEqual(from);
    from = at;
  }
  return printed;
}

/** Visible text of static HTML: tags become spaces, entities decoded, spaces as a reader sees them. */
function htmlText(html: string): string {
  return html
    .replace(/<(title|desc)[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The page's text, after checking it shows every text of the outline, in the outline's order. */
function shownOutline(outline: DocumentOutline, locale: Locale): string {
  const t = translator(undefined, locale) as unknown as Translate;
  const shown = htmlText(renderWithMessages(createElement(OutlineDocumentView, { outline, t })));
  const texts = documentTexts(outline).map((text) => resolveText(text, t).replace(/\s+/g, " ").trim());
  expect(texts.filter((text) => !shown.includes(text))).toEqual([]);
  let from = 0;
  for (const text of texts) {
    const at = shown.indexOf(text, from);
    expect(at, text).toBeGreaterThanOrEqual(from);
    from = at;
  }
  return shown;
}

describe("the bilan's page and PDF come from one outline (decisions 016, 023, 024)", () => {
  it("prints every text of the outline, in its order, in French", async () => {
    const { owner, demarcheId } = await completeBilan();
    const printed = await printedOutline(owner, demarcheId, "b", "fr");
    expect(printed).toContain("Exemplaire de Centre de femmes l'Étincelle");
    expect(printed).toContain("Position actuelle : Expertise 80 %");
    expect(printed).toMatch(/Positions actuelles : [^()]+ \(distance 0,\d\d\)/);
    expect(printed).not.toContain("Copy for");
  });

  it("prints every text of the outline in English, the workshops' words and the names as written", async () => {
    const { owner, demarcheId } = await completeBilan();
    const printed = await printedOutline(owner, demarcheId, "a", "en");
    expect(printed).toContain("Copy for Maison des jeunes du Quartier");
    expect(printed).toContain("What each workshop agreed on");
    expect(printed).toContain("Current position: Expertise 80%, Representation 10%, Participation 10%");
    expect(printed).toMatch(/Current positions: [^()]+ \(distance 0\.\d\d\)/);
    expect(printed).toContain("Parce que l'atelier des intervenants l'a convenu (a)");
    expect(printed).not.toContain("Exemplaire de");
    expect(printed).not.toMatch(/\d %|0,\d\d/);
  });

  it("shows every text of the same outline on the page, in its order, in French and in English", async () => {
    const { owner, demarcheId } = await completeBilan();
    const outline = bilanOutline(await getInterDemarche(owner, demarcheId), "b");
    expect(shownOutline(outline, "fr")).toContain("Exemplaire de Centre de femmes l'Étincelle");
    const english = shownOutline(outline, "en");
    expect(english).toContain("Copy for Centre de femmes l'Étincelle");
    expect(english).toContain("Current position: Expertise 80%, Representation 10%, Participation 10%");
    expect(english).not.toMatch(/\d\u00a0%|0,\d\d/);
  });

  it("follows the démarche's output language, and gives the other one on request (?lang=)", async () => {
    const { owner, demarcheId } = await completeBilan();
    const call = async (query: string) => {
      actAs(owner);
      const response = await bilanPdf(new Request(`http://localhost/bilan/a/pdf${query}`), {
        params: Promise.resolve({ demarcheId, side: "a" }),
      });
      expect(response.status).toBe(200);
      return squash(pdfTextContent(Buffer.from(await response.arrayBuffer())));
    };
    expect(await call("")).toContain("Exemplaire de Maison des jeunes du Quartier");
    await setOutputLocale(owner, demarcheId, "en");
    expect((await getInterDemarche(owner, demarcheId)).outputLocale).toBe("en");
    const english = await call("");
    expect(english).toContain("Copy for Maison des jeunes du Quartier");
    expect(english).not.toContain("Exemplaire de");
    const french = await call("?lang=fr");
    expect(french).toContain("Exemplaire de Maison des jeunes du Quartier");
    // Anything else than fr|en is the démarche's language.
    expect(await call("?lang=de")).toContain("Copy for");
  });
});
