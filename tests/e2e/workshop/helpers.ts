import { expect, type Browser, type Locator, type Page } from "@playwright/test";

export const DEMO_FACILITATOR = { email: "demo@regards-croises.local", password: "demo-regards-croises" };

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

/** Moves the focus with the Tab key only, until `target` has it. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  const handle = await target.elementHandle();
  for (let i = 0; i < maxPresses; i++) {
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
