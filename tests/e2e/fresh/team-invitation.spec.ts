import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

/*
 * Runs after first-account.spec.ts (files run in order, one worker): the
 * first account, made there, is the instance's administrateur.trice
 * (decision 020).
 */
const admin = { name: "Léa Gagnon", email: "lea@organisme.example", password: "une phrase de passe solide" };
const colleague = { name: "Samir Haddad", email: "samir@organisme.example", password: "une autre phrase solide" };

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/connexion");
  await page.getByLabel("Courriel").fill(who.email);
  await page.getByLabel("Mot de passe").fill(who.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/demarches$/);
}

test("an administrateur.trice invites a colleague, who signs up with the link once; disabling them ends their session", async ({
  browser,
}) => {
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin);
  await adminPage.getByRole("link", { name: "Mon compte" }).click();
  await expect(adminPage.getByRole("heading", { name: "Mon compte" })).toBeVisible();
  await expectNoAxeViolations(adminPage);
  await adminPage.getByRole("link", { name: "Gérer l'équipe" }).click();
  await expect(adminPage.getByRole("heading", { name: "Équipe", level: 1 })).toBeVisible();
  await expect(adminPage.getByText("vous ne voyez pas les démarches que vous n'accompagnez pas")).toBeVisible();

  await adminPage.getByLabel("Pour qui? (nom, pour vous y retrouver)").fill("Samir");
  await adminPage.getByRole("button", { name: "Créer le lien d'invitation" }).click();
  const linkField = adminPage.getByRole("textbox", { name: "Lien d'invitation pour Samir" });
  await expect(linkField).toBeVisible();
  await expect(adminPage.getByRole("img", { name: "Code QR du lien" })).toBeVisible();
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/inscription\/[A-Za-z0-9_-]{43}$/);
  await expect(adminPage.getByText(/^Samir, valide jusqu'au/)).toBeVisible();
  await expectNoAxeViolations(adminPage);

  // The colleague, in another browser, opens the link.
  const colleaguePage = await (await browser.newContext()).newPage();
  await colleaguePage.goto(new URL(link).pathname);
  await expect(colleaguePage.getByRole("heading", { name: "Créer mon compte" })).toBeVisible();
  await expectNoAxeViolations(colleaguePage);
  await colleaguePage.getByLabel(/^Nom/).fill(colleague.name);
  await colleaguePage.getByLabel(/^Courriel/).fill(colleague.email);
  await colleaguePage.getByLabel(/^Mot de passe/).fill(colleague.password);
  await colleaguePage.getByLabel("Confirmez le mot de passe").fill(colleague.password);
  await colleaguePage.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(colleaguePage).toHaveURL(/\/demarches$/);
  await expect(colleaguePage.getByText(`Connecté.e : ${colleague.name}`)).toBeVisible();

  // The link worked once.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(new URL(link).pathname);
  await expect(stranger.getByText("Ce lien n'est plus valide")).toBeVisible();
  await expect(stranger.getByRole("button", { name: "Créer mon compte" })).toHaveCount(0);

  // A colleague does not manage the team.
  await colleaguePage.goto("/equipe");
  await expect(colleaguePage.getByRole("heading", { name: "Équipe", level: 1 })).toHaveCount(0);

  // The administrateur.trice sees them in the team, and disables the account.
  await adminPage.reload();
  await expect(adminPage.getByText(colleague.email)).toBeVisible();
  await adminPage.getByRole("button", { name: "Désactiver" }).click();
  await adminPage.getByRole("dialog").getByRole("button", { name: "Désactiver" }).click();
  await expect(adminPage.getByText("Désactivé", { exact: false })).toBeVisible();

  // The colleague's next request is anonymous.
  await colleaguePage.goto("/demarches");
  await expect(colleaguePage).toHaveURL(/\/connexion$/);
});
