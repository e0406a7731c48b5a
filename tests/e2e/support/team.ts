import { expect, type Browser, type Page } from "@playwright/test";

/**
 * The team's steps (decisions 020 and 021), shared by the specs of an
 * instance's team: an administrateur.trice invites a colleague from the team
 * page, the colleague opens the link in their own browser and signs up.
 */

export type Colleague = { name: string; email: string; password: string };

/** From any page of a signed-in administrateur.trice: a new invitation link for `forWhom`, as shown to copy. */
export async function inviteColleague(adminPage: Page, forWhom: string): Promise<string> {
  await adminPage.goto("/equipe");
  await expect(adminPage.getByRole("heading", { name: "Équipe", level: 1 })).toBeVisible();
  await adminPage.getByLabel("Pour qui? (nom, pour vous y retrouver)").fill(forWhom);
  await adminPage.getByRole("button", { name: "Créer le lien d'invitation" }).click();
  const linkField = adminPage.getByRole("textbox", { name: `Lien d'invitation pour ${forWhom}` });
  await expect(linkField).toBeVisible();
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/inscription\/[A-Za-z0-9_-]{43}$/);
  return link;
}

/** The colleague, in a browser of their own, opens the link and signs up; ends on their (empty) list. */
export async function signUpWithLink(browser: Browser, link: string, who: Colleague): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { name: "Créer mon compte" })).toBeVisible();
  await page.getByLabel(/^Nom/).fill(who.name);
  await page.getByLabel(/^Courriel/).fill(who.email);
  await page.getByLabel(/^Mot de passe/).fill(who.password);
  await page.getByLabel("Confirmez le mot de passe").fill(who.password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/demarches$/);
  await expect(page.getByText(`Connecté.e : ${who.name}`)).toBeVisible();
  return page;
}
