import { expect, test } from "@playwright/test";
import { pdfTextContent } from "../../support/pdf-text";
import { fillTokens } from "../support/workshop";
import { expectPhoneFit } from "./support";

/**
 * The « contexte exploratoire ponctuel » on a phone (decision 022): from the
 * home page, alone, no account: the three steps with the app's prompts, the
 * person's own triangle and summary (and its PDF), a personal return code that brings the
 * answers back on a fresh device, and erasing it at once.
 */
test("someone explores alone on a phone, to a summary, a return code, and erasing it", async ({ page, browser }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Essayer l'exercice" }).click();
  await expect(page.getByRole("heading", { name: "Essayer l'exercice seul.e ou entre collègues" })).toBeVisible();
  await expectPhoneFit(page, "exploration page");
  // « Rien n'est envoyé »: no request carries the answers until the person asks for a code.
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() !== "GET") posts.push(request.url());
  });
  await page.getByRole("link", { name: "Commencer seul.e" }).click();

  await expect(page.getByRole("heading", { name: "Étape 1 : Position actuelle" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Pour vous aider" })).toContainText("Pourquoi");
  await expectPhoneFit(page, "step 1");
  await fillTokens(page, [6, 3, 1]);
  await page.getByLabel("Pourquoi avez-vous choisi cette position?").fill("L'équipe prépare presque tout.");
  await page.getByLabel("Des exemples de ce qui se fait aujourd'hui").fill("Le choix des sorties.");
  await page.getByRole("button", { name: "Suivant : Position désirée" }).click();
  await fillTokens(page, [2, 3, 5]);
  await page.getByRole("button", { name: "Suivant : Écart et conditions" }).click();
  await expect(page.getByTestId("personal-gap")).toContainText("Écart :");
  await page.getByLabel("Qu'est-ce qui entrave le passage vers la position désirée?").fill("Le manque de temps.");
  await page.getByRole("button", { name: "J'ai terminé : voir mon résumé" }).click();

  await expect(page.getByRole("heading", { name: "Résumé de mon exploration" })).toBeVisible();
  await expect(page.getByTestId("exploration-gap")).toContainText("Écart :");
  await expect(page.getByText("L'équipe prépare presque tout.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Et ensuite?" })).toBeVisible();
  await expectPhoneFit(page, "summary");

  expect(posts, "requests sent while exploring alone").toEqual([]);

  // The summary as a PDF, rendered from what this phone sends and kept nowhere.
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Télécharger le résumé en PDF" }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^exploration-\d{4}-\d{2}-\d{2}\.pdf$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const pdf = Buffer.concat(chunks);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pdfText = pdfTextContent(pdf).replace(/\s+/g, " ");
  expect(pdfText).toContain("Résumé de mon exploration");
  expect(pdfText).toContain("prépare presque tout.");
  expect(pdfText).toContain("Le manque de temps.");

  // Kept on the server only when asked, behind a code shown here.
  await page.getByRole("button", { name: "Créer mon code de retour" }).click();
  const code = (await page.getByTestId("return-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  // A fresh device with nothing on it gets the answers back with the code.
  const other = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-CA" });
  const phone = await other.newPage();
  await phone.goto("/explorer");
  await phone.getByRole("textbox", { name: "Code" }).fill(code);
  await phone.getByRole("button", { name: "Ouvrir" }).click();
  await expect(phone.getByText("L'équipe prépare presque tout.")).toBeVisible();

  // Erased at once: the code opens nothing any more.
  await phone.getByRole("button", { name: "Effacer maintenant du serveur" }).click();
  await phone.getByRole("dialog").getByRole("button", { name: "Effacer maintenant du serveur" }).click();
  await expect(phone.getByText("Effacé du serveur.")).toBeVisible();
  await page.goto("/explorer");
  await page.getByRole("textbox", { name: "Code" }).fill(code);
  await page.getByRole("button", { name: "Ouvrir" }).click();
  await expect(page.getByText(/ne correspond à aucune exploration gardée/)).toBeVisible();
  await other.close();
});
