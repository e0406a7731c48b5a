import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { renderSoloSummaryPdf } from "@/server/explorations/render-solo-summary-pdf";
import { RATE_LIMITS, resetRateLimits } from "@/server/rate-limit";
import { clearDatabase } from "../../support/clear-database";
import { answers } from "../../support/factories";
import { pdfTextContent } from "../../support/pdf-text";

const ip = "198.51.100.8";
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
