import { expect, test, type Browser, type Page } from "@playwright/test";
import { fillTokens, type Tokens } from "../support/workshop";
import { expectPhoneFit } from "./support";

/**
 * Four colleagues explore together, each on their own phone, with a shared
 * code (decision 022): no common figure while the answering is open, the
 * group's mean once a colleague closes it with 4 confirmed answers, and
 * never one colleague's words on another's phone.
 */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-CA" });
  return context.newPage();
}

async function answerAndConfirm(page: Page, current: Tokens, desired: Tokens, why: string) {
  await expect(page.getByRole("heading", { name: "Étape 1 : Position actuelle" })).toBeVisible();
  await fillTokens(page, current);
  await page.getByLabel("Pourquoi avez-vous choisi cette position?").fill(why);
  await page.getByRole("button", { name: "Suivant : Position désirée" }).click();
  await fillTokens(page, desired);
  await page.getByRole("button", { name: "Suivant : Écart et conditions" }).click();
  await page.getByRole("button", { name: "Je confirme mes réponses" }).click();
  await expect(page.getByText(/C'est fait : vos réponses sont confirmées/)).toBeVisible();
}

test("four colleagues, four phones, one shared code: figures only once closed", async ({ page, browser }) => {
  await page.goto("/explorer/collegues");
  await page.getByRole("button", { name: "Créer un code partagé" }).click();
  const code = (await page.getByTestId("shared-code").textContent())!.trim();
  await expectPhoneFit(page, "shared exploration");
  await answerAndConfirm(page, [6, 3, 1], [2, 3, 5], "Réponse de la première collègue.");

  const others: Page[] = [];
  for (const [i, tokens] of (
    [
      [5, 4, 1],
      [7, 2, 1],
      [4, 4, 2],
    ] as Tokens[]
  ).entries()) {
    const colleague = await phone(browser);
    await colleague.goto("/explorer");
    await colleague.getByRole("textbox", { name: "Code" }).fill(code);
    await colleague.getByRole("button", { name: "Ouvrir" }).click();
    await answerAndConfirm(colleague, tokens, [2, 2, 6], `Réponse numéro ${i + 2}.`);
    others.push(colleague);
  }

  await page.getByRole("button", { name: "Actualiser les résultats" }).click();
  await expect(page.getByTestId("shared-counts")).toContainText(
    "4 appareils ont ouvert ce code; 4 réponses confirmées",
  );
  await expect(page.getByText(/s'affichent une fois les réponses closes/)).toBeVisible();

  await page.getByRole("button", { name: "Clore les réponses" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Clore les réponses" }).click();
  await expect(page.getByRole("figure", { name: /moyennes du groupe/ })).toBeVisible();
  await expectPhoneFit(page, "shared results");
  // E2E_SCREENSHOTS=<folder> saves the shared results as a phone shows them, to look at.
  if (process.env.E2E_SCREENSHOTS)
    await page
      .getByRole("region", { name: "Résultats communs" })
      .screenshot({ path: `${process.env.E2E_SCREENSHOTS}/exploration-shared-results.png` });

  const last = others[2]!;
  await last.reload();
  await expect(last.getByRole("figure", { name: /moyennes du groupe/ })).toBeVisible();
  await expect(last.getByText("Réponse de la première collègue.")).toHaveCount(0);
  for (const other of others) await other.context().close();
});
