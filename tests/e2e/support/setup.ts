import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

/**
 * Steps of a démarche's set-up, shared by the specs that start from an empty
 * database: the first facilitator account, the démarche, the invitation
 * sheets, people joining with a code, and phase changes from the dashboard.
 */

export type FacilitatorAccount = { name: string; email: string; password: string };

/** Creates the first facilitator account from the first-run page; ends on the démarche list. */
export async function signUpFirstFacilitator(page: Page, account: FacilitatorAccount): Promise<void> {
  await page.goto("/");
  await page.getByRole("link", { name: "Créer le premier compte d'accompagnateur.trice" }).click();
  await page.getByLabel(/^Nom/).fill(account.name);
  await page.getByLabel(/^Courriel/).fill(account.email);
  await page.getByLabel(/^Mot de passe/).fill(account.password);
  await page.getByLabel("Confirmez le mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page).toHaveURL(/\/demarches$/);
}

export async function signInAsFacilitator(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Courriel").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/demarches$/);
}

export type DemarcheInput = { organisation: string; name: string; startDate: string; endDate: string };

/** Fills the new démarche form (the defaults stay as prefilled) without submitting it. */
export async function fillNewDemarche(page: Page, demarche: DemarcheInput): Promise<void> {
  await expect(page.getByRole("heading", { name: "Nouvelle démarche" })).toBeVisible();
  await page.getByLabel(/^Nom de l'organisme/).fill(demarche.organisation);
  await page.getByLabel(/^Nom de la démarche/).fill(demarche.name);
  await page.getByLabel(/^Date de début/).fill(demarche.startDate);
  await page.getByLabel(/^Date de fin prévue/).fill(demarche.endDate);
  // Law 25 §3.1: the ateliers cannot start without them.
  await page.getByLabel(/^Responsable des renseignements personnels/).fill("Francine Tremblay, coordonnatrice");
  await page.getByLabel(/^Ses coordonnées/).fill("vie-privee@example.org");
}

/** The facilitator's first démarche, created from the empty list; returns its id, on its dashboard. */
export async function createFirstDemarche(page: Page, demarche: DemarcheInput): Promise<string> {
  await page.goto("/demarches");
  await page.getByRole("link", { name: "Créer ma première démarche" }).click();
  await fillNewDemarche(page, demarche);
  await page.getByRole("button", { name: "Créer la démarche" }).click();
  await expect(page.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
  return demarcheIdFromUrl(page.url());
}

export function demarcheIdFromUrl(url: string): string {
  const id = new URL(url).pathname.split("/demarches/")[1]?.split("/")[0];
  if (!id) throw new Error(`No démarche in ${url}`);
  return id;
}

/** The démarche's id, read from the facilitator's list. */
export async function demarcheIdByName(page: Page, name: string): Promise<string> {
  await page.goto("/demarches");
  const href = await page.getByRole("link", { name }).getAttribute("href");
  const id = href?.split("/").pop();
  if (!id) throw new Error(`No démarche named ${name}`);
  return id;
}

/** Opens a group's invitation sheet from the dashboard and reads its code; stays on the sheet. */
export async function readInvitationCode(page: Page, demarcheId: string, groupLabel: string): Promise<string> {
  await page.goto(`/demarches/${demarcheId}`);
  await page.getByRole("link", { name: `Feuille d'invitation du groupe des ${groupLabel}` }).click();
  await expect(page.getByTestId("invitation-sheet")).toContainText(`dans le groupe des ${groupLabel}`);
  const code = (await page.getByTestId("invitation-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
  return code;
}

export type JoinedParticipant = { context: BrowserContext; page: Page; returnCode: string };

/**
 * A person joins from their own device (a browser context of their own) with
 * a group's code, accepts the conditions and enters their space, where they
 * wait until the facilitator admits them (`admit`, `joinAndAdmit`). The
 * caller closes the context when that person is done.
 */
export async function joinWithCode(browser: Browser, code: string, name: string): Promise<JoinedParticipant> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("textbox", { name: "Code" }).fill(code);
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByLabel("Votre prénom ou un pseudonyme").fill(name);
  await page.getByLabel(/J'ai lu les conditions d'engagement/).check();
  await page.getByRole("button", { name: "Je participe" }).click();
  await expect(page.getByRole("heading", { name: "Bienvenue dans la démarche!" })).toBeVisible();
  const returnCode = ((await page.getByTestId("return-code").textContent()) ?? "").trim();
  await page.getByRole("button", { name: "Entrer dans mon espace" }).click();
  await expect(page).toHaveURL(/\/atelier$/);
  return { context, page, returnCode };
}

/**
 * The facilitator lets a person who joined with a group code into their group
 * (decision 013), as they would from the groups page: « Accueillir <name> »,
 * then the confirmation. It happens in a new tab of the facilitator's browser,
 * closed afterwards, so the page the spec holds stays where it is.
 */
export async function admit(facilitator: BrowserContext, demarcheId: string, name: string): Promise<void> {
  const tab = await facilitator.newPage();
  await tab.goto(`/demarches/${demarcheId}/groupes`);
  await tab.getByRole("button", { name: `Accueillir ${name}`, exact: true }).click();
  const dialog = tab.getByRole("dialog", { name: new RegExp(`^Accueillir ${escapeRegExp(name)} dans le groupe`) });
  await dialog.getByRole("button", { name: "Accueillir", exact: true }).click();
  await expect(tab.getByText(`${name} fait maintenant partie du groupe.`)).toBeVisible();
  await tab.close();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A person joins with a group's code and waits; the facilitator admits them;
 * their page, reloaded, is their group's space. The caller closes the
 * person's context when that person is done.
 */
export async function joinAndAdmit(
  browser: Browser,
  facilitator: BrowserContext,
  demarcheId: string,
  code: string,
  name: string,
): Promise<JoinedParticipant> {
  const person = await joinWithCode(browser, code, name);
  await expect(person.page.getByTestId("waiting-admission")).toBeVisible();
  await admit(facilitator, demarcheId, name);
  await person.page.reload();
  await expect(person.page.getByTestId("participant-group")).toBeVisible();
  return person;
}

/** A participant comes back with their personal code, in a browser of their own. */
export async function participantPage(browser: Browser, code: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("textbox", { name: "Code" }).fill(code);
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page).toHaveURL(/\/atelier$/);
  return page;
}

/**
 * Moves the démarche to its next phase with the dashboard's control and its
 * confirmation, as the facilitator does; `next` is the phase's label.
 */
export async function advancePhase(page: Page, demarcheId: string, next: string): Promise<void> {
  await page.goto(`/demarches/${demarcheId}`);
  await page.getByRole("button", { name: `Passer à l'étape « ${next} »` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Oui, passer à l'étape suivante" }).click();
  await expect(page.getByText(`Étape : ${next}`, { exact: true })).toBeVisible();
}
