import { expect, test } from "@playwright/test";

test.describe.configure({ mode: "serial" });

const account = { name: "Léa Gagnon", email: "lea@organisme.example", password: "une phrase de passe solide" };

test("the first facilitator account is created, signs out and signs back in", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Créer le premier compte d'accompagnateur.trice" }).click();
  await expect(page.getByRole("heading", { name: "Créer le premier compte" })).toBeVisible();

  await page.getByLabel(/^Nom/).fill(account.name);
  await page.getByLabel(/^Courriel/).fill(account.email);
  await page.getByLabel(/^Mot de passe/).fill(account.password);
  await page.getByLabel("Confirmez le mot de passe").fill("pas la même chose");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByText("Les deux mots de passe ne sont pas identiques.")).toBeVisible();
  // Nothing typed is lost.
  await expect(page.getByLabel(/^Nom/)).toHaveValue(account.name);

  await page.getByLabel("Confirmez le mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page).toHaveURL(/\/demarches$/);
  await expect(page.getByRole("heading", { name: "Mes démarches" })).toBeVisible();
  await expect(page.getByText("Vous n'accompagnez encore aucune démarche.")).toBeVisible();

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/demarches");
  await expect(page).toHaveURL(/\/connexion$/);

  await page.getByLabel("Courriel").fill(account.email);
  await page.getByLabel("Mot de passe").fill("mauvais mot de passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Courriel ou mot de passe incorrect." })).toBeVisible();
  await expect(page.getByLabel("Courriel")).toHaveValue(account.email);

  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/demarches$/);
  await expect(page.getByText(`Connecté.e : ${account.name}`)).toBeVisible();
});

test("the first-run page refuses once an account exists", async ({ page }) => {
  await page.goto("/premier-compte");
  await expect(page.getByText("Le premier compte existe déjà.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Créer le compte" })).toHaveCount(0);
});
