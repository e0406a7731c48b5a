import "../../support/mock-next";
import { describe, expect, it } from "vitest";
import { GET as bilanPdf } from "@/app/(site)/demarches/[demarcheId]/bilan/[side]/pdf/route";
import { bilanOutline } from "@/domain/inter-bilan-outline";
import type { InterSide } from "@/domain/inter-organisations";
import { documentTexts } from "@/domain/report-outline";
import type { Locale } from "@/i18n/locales";
import type { FacilitatorViewer } from "@/server/auth/viewer";
import { getDemarcheSettings } from "@/server/demarches/get-demarche-settings";
import { updateDemarcheSettings } from "@/server/demarches/update-demarche-settings";
import { getBilanPdf } from "@/server/inter/get-bilan-pdf";
import { getInterDemarche } from "@/server/inter/get-inter-demarche";
import { saveInterAgreement } from "@/server/inter/save-inter-agreement";
import { actAs } from "../../support/acting-as";
import { makeFacilitatorViewer, makeInterDemarche } from "../../support/factories";
import { pdfTextContent } from "../../support/pdf-text";
import { expectEveryText, outlineTranslator, printedTexts, shownDocument, squash } from "../../support/outline-text";

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
  const outline = bilanOutline(await getInterDemarche(owner, demarcheId), side);
  const texts = printedTexts(documentTexts(outline), outlineTranslator(locale));
  expect(texts.length).toBeGreaterThan(30);
  expectEveryText(printed, texts, { inOrder: true });
  return printed;
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
    expect(shownDocument(outline, "fr")).toContain("Exemplaire de Centre de femmes l'Étincelle");
    const english = shownDocument(outline, "en");
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
