import { expect, test } from "@playwright/test";
import { expectAccessible } from "../support/axe";
import { admit, joinWithCode } from "../support/setup";
import { signInFacilitator } from "../workshop/helpers";

const SESSION_COOKIE = /authjs\.session-token$/;

test("a participant joins the demo démarche with a code, waits for the facilitator, then lands in their group's space", async ({
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

  // Joined with the group's code: she waits until the facilitator lets her in, and is told so plainly.
  await page.getByRole("button", { name: "Entrer dans mon espace" }).click();
  await expect(page).toHaveURL(/\/atelier$/);
  await expect(page.getByText("Bonjour Rosalie!")).toBeVisible();
  const waiting = page.getByTestId("waiting-admission");
  await expect(waiting.getByRole("heading", { name: "En attente de votre accompagnateur.trice" })).toBeVisible();
  await expect(waiting).toContainText(
    "Votre accompagnateur.trice doit maintenant confirmer que vous faites partie du groupe des Destinataires. C'est une étape normale.",
  );
  await expect(waiting).toContainText("Vous n'avez rien à faire.");
  await expectAccessible(page, "the waiting page");
  // Nothing of the group while she waits: no positioning, no results; their pages lead back to her space.
  await expect(page.getByTestId("participant-group")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Faire mon positionnement" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Résultats du groupe" })).toHaveCount(0);
  for (const path of ["/atelier/groupe", "/atelier/positionnement"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/atelier$/);
    await expect(page.getByTestId("waiting-admission")).toBeVisible();
  }

  // The facilitator recognises her and admits her; her page then shows her group.
  const facilitator = await signInFacilitator(browser);
  await admit(facilitator.context, facilitator.demarcheId, "Rosalie");
  await page.reload();
  await expect(page.getByTestId("waiting-admission")).toHaveCount(0);
  await expect(page.getByTestId("participant-group")).toContainText("groupe des Destinataires");
  await expect(page.getByRole("link", { name: "Faire mon positionnement" })).toBeVisible();

  // The personal code brings the same person back on another device, admitted.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.goto("/");
  await phone.getByRole("textbox", { name: "Code" }).fill(returnCode);
  await phone.getByRole("button", { name: "Continuer" }).click();
  await expect(phone).toHaveURL(/\/atelier$/);
  await expect(phone.getByText("Bonjour Rosalie!")).toBeVisible();
  await expect(phone.getByTestId("participant-group")).toContainText("groupe des Destinataires");
  await other.close();
  await facilitator.context.close();
});

test("two people join with the same name: the facilitator is warned and refuses one", async ({ browser }) => {
  // The same person twice (a second browser), spelled a little differently.
  const first = await joinWithCode(browser, "DEST2345", "Jérôme");
  const second = await joinWithCode(browser, "DEST2345", "jerome");

  const facilitator = await signInFacilitator(browser);
  const f = facilitator.page;
  await f.goto(`/demarches/${facilitator.demarcheId}/groupes`);
  const entry = (name: string) =>
    f.getByTestId("waiting-person").filter({ has: f.getByText(name, { exact: true }) });
  await expect(entry("jerome").getByTestId("admission-warnings")).toContainText(
    "Même nom que : Jérôme (Destinataires). Est-ce la même personne inscrite deux fois?",
  );
  await expect(entry("Jérôme").getByTestId("admission-warnings")).toContainText("Même nom que : jerome (Destinataires).");

  await f.getByRole("button", { name: "Refuser jerome", exact: true }).click();
  const dialog = f.getByRole("dialog", { name: "Refuser l'inscription de jerome?" });
  await expect(dialog).toContainText("L'inscription est effacée et la personne est déconnectée.");
  await dialog.getByRole("button", { name: "Refuser", exact: true }).click();
  await expect(f.getByText("L'inscription de jerome a été refusée.")).toBeVisible();
  await expect(entry("jerome")).toHaveCount(0);
  // One entry left: no more warning on it.
  await expect(entry("Jérôme").getByTestId("admission-warnings")).toHaveCount(0);

  // The refused browser is signed out; the other still waits.
  await second.page.goto("/atelier");
  await expect(second.page).toHaveURL(/\/$/);
  await first.page.reload();
  await expect(first.page.getByTestId("waiting-admission")).toBeVisible();

  for (const context of [first.context, second.context, facilitator.context]) await context.close();
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
