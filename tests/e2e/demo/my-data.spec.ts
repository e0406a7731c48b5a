import fs from "node:fs";
import { expect, test } from "@playwright/test";

test("a participant sees their data, downloads it and withdraws after confirming", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Code" }).fill("NTRV-2345");
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByLabel("Votre prénom ou un pseudonyme").fill("Mathilde");
  await page.getByLabel(/J'ai lu les conditions d'engagement/).check();
  await page.getByRole("button", { name: "Je participe" }).click();
  await page.getByRole("button", { name: "Entrer dans mon espace" }).click();
  // Not admitted yet (decision 013): while she waits, her data and her withdrawal are hers already.
  await expect(page.getByTestId("waiting-admission")).toBeVisible();
  await page.getByRole("link", { name: "Mes données et mes droits" }).click();

  await expect(page.getByRole("heading", { name: "Mes données et mes droits" })).toBeVisible();
  await expect(page.getByText("Participer à la démarche : accepté le")).toBeVisible();

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger (JSON)" }).click();
  const file = await (await downloadPromise).path();
  const exported = JSON.parse(fs.readFileSync(file, "utf8"));
  expect(exported).toMatchObject({
    format: "regards-croises/mes-donnees",
    version: 1,
    displayName: "Mathilde",
    group: "Intervenant.e.s",
  });

  await page.getByRole("button", { name: "Me retirer" }).click();
  const dialog = page.getByRole("dialog", { name: "Confirmer votre retrait?" });
  await expect(dialog).toBeVisible();
  // Cancelling changes nothing.
  await dialog.getByRole("button", { name: "Annuler" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Me retirer" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Oui, me retirer" }).click();

  await expect(page).toHaveURL(/\/\?retrait=1$/);
  await expect(page.getByText("Votre retrait est enregistré. Merci pour votre participation.")).toBeVisible();
  await page.goto("/mes-donnees");
  await expect(page).toHaveURL(/\/$/);
});
