import "../../support/mock-next";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { renderSoloSummaryPdf } from "@/server/explorations/render-solo-summary-pdf";
import { RATE_LIMITS, resetRateLimits } from "@/server/rate-limit";
import { clearDatabase } from "../../support/clear-database";
import { soloSummaryPdfAction } from "@/app/(site)/explorer/actions";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { requestCookies, sendFrom } from "../../support/acting-as";
import { answers } from "../../support/factories";
import { pdfTextContent } from "../../support/pdf-text";
import { expectEveryText, outlineTranslator, printedTexts, shownDocument, squash } from "../../support/outline-text";
import { explorationSummaryOutline } from "@/domain/exploration-summary-outline";
import { documentTexts } from "@/domain/report-outline";
import type { Locale } from "@/i18n/locales";

const ip = "198.51.100.8";
const savedAt = "2026-12-07T15:00:00.000Z";

/** The PDF's text, after checking it prints every text of the summary's outline in `locale`, in the outline's order. */
async function printedOutline(locale: Locale, mineNow = mine): Promise<string> {
  const made = await renderSoloSummaryPdf({ answers: mineNow, savedAt, ip, locale });
  const printed = squash(pdfTextContent(Buffer.from(made.pdf, "base64")));
  const outline = explorationSummaryOutline({ answers: mineNow, savedAt });
  expectEveryText(printed, printedTexts(documentTexts(outline), outlineTranslator(locale)), { inOrder: true });
  return printed;
}
const mine = answers([600, 300, 100], [200, 300, 500], {
  currentWhy: "L'équipe décide des activités.",
  conditionsHinder: "Le manque de temps.",
});

beforeEach(async () => {
  await clearDatabase();
  await resetRateLimits();
});

describe("the summary of an exploration alone as a PDF", () => {
  it("prints the person's own answers and positions, dated when they were saved, and keeps nothing", async () => {
    const made = await renderSoloSummaryPdf({ answers: mine, savedAt: "2026-12-07T15:00:00.000Z", ip });
    const pdf = Buffer.from(made.pdf, "base64");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfTextContent(pdf).replace(/\s+/g, " ");
    expect(text).toContain("Résumé de mon exploration");
    expect(text).toContain("7 décembre 2026");
    expect(text).toContain("décide des activités.");
    expect(text).toContain("Le manque de temps.");
    expect(text).toContain("60 %");
    expect(made.fileName).toMatch(/^exploration-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(await db.exploration.count()).toBe(0);
    expect(await db.explorationAnswer.count()).toBe(0);
  });

  it("says the positions are missing when they are, without failing", async () => {
    const made = await renderSoloSummaryPdf({
      answers: { ...mine, desired: null },
      savedAt: "2026-12-07T15:00:00.000Z",
      ip,
    });
    const text = pdfTextContent(Buffer.from(made.pdf, "base64")).replace(/\s+/g, " ");
    expect(text).toContain("Placez la position actuelle et la position désirée");
  });

  it("prints every text of the outline the web summary walks, in its order (decision 016's rule)", async () => {
    const printed = await printedOutline("fr");
    expect(printed.indexOf("Ma position actuelle et ma position désirée")).toBeLessThan(
      printed.indexOf("Mes réponses"),
    );
    const missing = await printedOutline("fr", { ...mine, desired: null });
    expect(missing).not.toContain("Écart :");
  });

  it("shows every text of the same outline on the page, in its order, in French and in English", () => {
    const outline = explorationSummaryOutline({ answers: mine, savedAt });
    expect(shownDocument(outline, "fr")).toContain("Exploration du 7 décembre 2026");
    const english = shownDocument(outline, "en");
    expect(english).toContain("Current position: Expertise 60%, Representation 30%, Participation 10%");
    expect(english).toContain("L'équipe décide des activités.");
  });

  it("prints in French for a French reader: « 60 % », « 0,xx », « 7 décembre 2026 »", async () => {
    const printed = await printedOutline("fr");
    expect(printed).toContain("Exploration du 7 décembre 2026");
    expect(printed).toContain("Position actuelle : Expertise 60 %");
    expect(printed).toMatch(/Écart : 0,\d\d — un grand changement/);
    expect(printed).not.toContain("Summary of my exploration");
  });

  it("prints in English for an English reader (decision 024), the person's words as written", async () => {
    const printed = await printedOutline("en");
    expect(printed).toContain("Summary of my exploration");
    expect(printed).toContain("Exploration of December 7, 2026");
    expect(printed).toContain("Current position: Expertise 60%, Representation 30%, Participation 10%");
    expect(printed).toMatch(/Gap: 0\.\d\d — a large change/);
    expect(printed).toContain("My answers");
    expect(printed).toContain("L'équipe décide des activités.");
    expect(printed).not.toContain("Résumé de mon exploration");
    expect(printed).not.toMatch(/\d %|0,\d\d/);
  });

  it("through its action, speaks the person's language: the cookie the language switch sets, else French", async () => {
    const text = async () => {
      sendFrom("198.51.100.10");
      const result = await soloSummaryPdfAction({ answers: mine, savedAt });
      if (!result.ok) throw new Error(result.message);
      return squash(pdfTextContent(Buffer.from(result.data.pdf, "base64")));
    };
    expect(await text()).toContain("Résumé de mon exploration");
    requestCookies().set(LOCALE_COOKIE, "en");
    try {
      expect(await text()).toContain("Summary of my exploration");
    } finally {
      requestCookies().delete(LOCALE_COOKIE);
    }
  });

  it("refuses an address that has used its budget of renders", async () => {
    const { points } = RATE_LIMITS.explorationPdfPerIp15min;
    for (let i = 0; i < points; i++)
      await renderSoloSummaryPdf({ answers: mine, savedAt: "2026-12-07T15:00:00.000Z", ip });
    await expect(
      renderSoloSummaryPdf({ answers: mine, savedAt: "2026-12-07T15:00:00.000Z", ip }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another address is not affected.
    await expect(
      renderSoloSummaryPdf({ answers: mine, savedAt: "2026-12-07T15:00:00.000Z", ip: "198.51.100.9" }),
    ).resolves.toMatchObject({ fileName: expect.stringMatching(/\.pdf$/) });
  });
});
