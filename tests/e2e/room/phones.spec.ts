import { expect, test, type Page } from "@playwright/test";
import { admit } from "../support/setup";
import { fillTokens } from "../support/workshop";
import { signInFacilitator } from "../workshop/helpers";
import { PLENARY_E2E as E2E } from "../support/plenary-facts";
import { expectPhoneFit } from "./support";

/**
 * A participant's phone, from 320 to 390 px wide: every page of a
 * participant's way through the démarche, none scrolling sideways (WCAG 2.2
 * 1.4.10), with no serious accessibility violation.
 */

test.describe.configure({ mode: "serial" });

test("a participant joins, waits to be admitted, positions themselves and reads their group's results on a phone", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  await expectPhoneFit(page, "home page");
  await page.getByRole("textbox", { name: "Code" }).fill("DEST-2345");
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page.getByRole("heading", { name: "Se joindre à la démarche" })).toBeVisible();
  await expectPhoneFit(page, "join page");
  await page.getByLabel("Votre prénom ou un pseudonyme").fill("Rosalie");
  await page.getByLabel(/J'ai lu les conditions d'engagement/).check();
  await page.getByRole("button", { name: "Je participe" }).click();
  await expect(page.getByRole("heading", { name: "Bienvenue dans la démarche!" })).toBeVisible();
  await expectPhoneFit(page, "welcome page");
  await page.getByRole("button", { name: "Entrer dans mon espace" }).click();
  await expect(page).toHaveURL(/\/atelier$/);
  await expect(page.getByTestId("waiting-admission")).toBeVisible();
  await expectPhoneFit(page, "Mon espace, waiting to be admitted");
  const facilitator = await signInFacilitator(browser);
  await admit(facilitator.context, facilitator.demarcheId, "Rosalie");
  await facilitator.context.close();
  await page.reload();
  await expect(page.getByTestId("participant-group")).toBeVisible();
  await expectPhoneFit(page, "Mon espace");

  await page.getByRole("link", { name: "Faire mon positionnement" }).click();
  await expect(page.getByRole("heading", { name: "Étape 1 : Position actuelle" })).toBeVisible();
  await expectPhoneFit(page, "positioning, step 1");
  // A tap on the triangle: its result shows right under it, where the finger is.
  const readout = page.getByTestId("current-readout");
  const svg = page.locator("[data-testid=current-picker] svg").first();
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.66);
  await expect(readout).toContainText("%");
  const svgBox = await svg.boundingBox();
  const readoutBox = await readout.boundingBox();
  expect(
    readoutBox && svgBox && readoutBox.y - (svgBox.y + svgBox.height),
    "the result of a tap is right under the triangle",
  ).toBeLessThan(120);
  await fillTokens(page, [6, 2, 2]);
  await page.getByRole("button", { name: "Suivant : Position désirée" }).click();
  await expect(page.getByRole("heading", { name: "Étape 2 : Position désirée" })).toBeVisible();
  await expectPhoneFit(page, "positioning, step 2");
  await fillTokens(page, [3, 3, 4]);
  await page.getByRole("button", { name: "Suivant : Écart et conditions" }).click();
  await expect(page.getByTestId("personal-gap")).toContainText("Écart :");
  // The number and what it means.
  await expect(page.getByTestId("personal-gap-reading")).not.toBeEmpty();
  await expectPhoneFit(page, "positioning, step 3 (Écart et conditions)");
  const confirm = page.getByRole("button", { name: "Je confirme mes réponses" });
  // Nothing covers the confirm button: a click at its centre reaches it.
  await confirm.click({ trial: true });
  await confirm.click();
  await expect(page.getByText(/C'est fait : vos réponses sont confirmées/)).toBeVisible();
  await expectPhoneFit(page, "positioning, confirmed");

  for (const [path, what] of [
    ["/atelier/groupe", "Résultats du groupe"],
    ["/mes-donnees", "Mes données"],
    ["/confidentialite", "Confidentialité"],
    ["/une-page-qui-n-existe-pas", "page introuvable"],
  ] as const) {
    await page.goto(path);
    await expectPhoneFit(page, what);
  }
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Retour à l'accueil" })).toBeVisible();
});

async function signIn(page: Page, code: string) {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Code" }).fill(code);
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page).toHaveURL(/\/atelier$/);
}

test("at the mise en commun, a board member reads every group's results on a phone", async ({ page }) => {
  await signIn(page, E2E.codes.administrateurs);
  await expectPhoneFit(page, "Mon espace (mise en commun)");
  await page.goto("/atelier/groupe");
  await expect(page.getByRole("heading", { name: /Résultats du groupe/ })).toBeVisible();
  await expectPhoneFit(page, "Résultats du groupe with the other groups' results");
  await page.goto("/atelier/positionnement");
  await expectPhoneFit(page, "positioning, read only");
});
