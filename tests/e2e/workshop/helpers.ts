import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";

export const DEMO_FACILITATOR = { email: "demo@regards-croises.local", password: "demo-regards-croises" };

/** Joins the demo démarche with a group's code, like a person would, and lands in their space. */
export async function joinWithCode(browser: Browser, code: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("textbox", { name: "Code" }).fill(code);
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByLabel("Votre prénom ou un pseudonyme").fill(name);
  await page.getByLabel(/J'ai lu les conditions d'engagement/).check();
  await page.getByRole("button", { name: "Je participe" }).click();
  const returnCode = ((await page.getByTestId("return-code").textContent()) ?? "").trim();
  await page.getByRole("button", { name: "Entrer dans mon espace" }).click();
  await expect(page).toHaveURL(/\/atelier$/);
  return { context, page, returnCode };
}

export async function signInFacilitator(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/connexion");
  await page.getByLabel("Courriel").fill(DEMO_FACILITATOR.email);
  await page.getByLabel("Mot de passe").fill(DEMO_FACILITATOR.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/demarches$/);
  const href =
    (await page
      .getByRole("link", { name: /Démarche réflexive/ })
      .first()
      .getAttribute("href")) ?? "";
  const demarcheId = href.split("/demarches/")[1] ?? "";
  expect(demarcheId).not.toBe("");
  return { context, page, demarcheId };
}

/** No serious or critical accessibility violation (WCAG 2.1 A and AA rules). */
export async function expectAccessible(page: Page, context: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `accessibility violations on ${context}`).toEqual([]);
}

/** Moves the focus with the Tab key only, until `target` has it. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  const handle = await target.elementHandle();
  for (let i = 0; i < maxPresses; i++) {
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
