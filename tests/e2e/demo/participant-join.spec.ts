import { expect, test } from "@playwright/test";

const SESSION_COOKIE = /authjs\.session-token$/;

test("a participant joins the demo démarche with a code, accepts the conditions and lands in their group's space", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  // Typed loosely: lower case, a space instead of the hyphen.
  await page.getByRole("textbox", { name: "Code" }).fill("dest 2345");
  await page.getByRole("button", { name: "Continuer" }).click();

  await expect(page.getByRole("heading", { name: "Se joindre à la démarche" })).toBeVisible();
  await expect(page.getByText("Destinataires", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Conditions d'engagement/ })).toBeVisible();

  await page.getByLabel("Votre prénom ou un pseudonyme").fill("Rosalie");
  await page.getByRole("button", { name: "Je participe" }).click();
  await expect(page.getByText("Pour participer, vous devez accepter les conditions d'engagement.")).toBeVisible();
  await expect(page.getByLabel("Votre prénom ou un pseudonyme")).toHaveValue("Rosalie");

  await page.getByLabel(/J'ai lu les conditions d'engagement/).check();
  await page.getByRole("button", { name: "Je participe" }).click();
  await expect(page.getByRole("heading", { name: "Bienvenue dans la démarche!" })).toBeVisible();
  const returnCode = (await page.getByTestId("return-code").textContent())?.trim() ?? "";
  expect(returnCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  await page.getByRole("button", { name: "Entrer dans mon espace" }).click();
  await expect(page).toHaveURL(/\/atelier$/);
  await expect(page.getByText("Bonjour Rosalie!")).toBeVisible();
  await expect(page.getByTestId("participant-group")).toContainText("groupe des Destinataires");

  // The personal code brings the same person back on another device.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.goto("/");
  await phone.getByRole("textbox", { name: "Code" }).fill(returnCode);
  await phone.getByRole("button", { name: "Continuer" }).click();
  await expect(phone).toHaveURL(/\/atelier$/);
  await expect(phone.getByText("Bonjour Rosalie!")).toBeVisible();
  await other.close();
});

test("a wrong code gets a clear French message and no session", async ({ page, context }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: "Code" }).fill("ZZZZ-ZZZZ");
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(
    page.getByText("Ce code ne correspond à aucune invitation. Vérifiez-le auprès de votre accompagnateur.trice."),
  ).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Code" })).toHaveValue("ZZZZ-ZZZZ");
  expect((await context.cookies()).filter((c) => SESSION_COOKIE.test(c.name))).toHaveLength(0);
  await page.goto("/atelier");
  await expect(page).toHaveURL(/\/$/);
});
