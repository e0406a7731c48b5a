import { expect, test } from "@playwright/test";
import { expectAccessible } from "../support/axe";
import { admit } from "../support/setup";
import { DEMO_FACILITATOR } from "../workshop/helpers";

/**
 * Decision 024: a browser that prefers English gets the interface in English
 * from the first page; the switch changes the language on every page and the
 * choice is kept; what people wrote (here the terms of engagement the
 * facilitator published, in French) is shown as written.
 */
test.use({ locale: "en-CA" });

test("a participant whose browser prefers English joins, waits and positions in English; the switch goes to French and back", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-CA");
  await expect(page.getByRole("heading", { name: "Welcome" })).toBeVisible();
  await page.getByRole("textbox", { name: "Code" }).fill("DEST2345");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { name: "Join the démarche" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Terms of engagement/ })).toBeVisible();
  // The published terms are the facilitator's text: not translated.
  await expect(page.getByText(/En participant, je m'engage à/)).toBeVisible();

  await page.getByLabel("Your first name or a pseudonym").fill("Robin");
  await page.getByRole("button", { name: "I take part" }).click();
  await expect(page.getByText("To take part, you must accept the terms of engagement.")).toBeVisible();
  await page.getByLabel(/I have read the terms of engagement/).check();
  await page.getByRole("button", { name: "I take part" }).click();
  await expect(page.getByRole("heading", { name: "Welcome to the démarche!" })).toBeVisible();

  await page.getByRole("button", { name: "Enter my space" }).click();
  await expect(page).toHaveURL(/\/atelier$/);
  await expect(page.getByText("Hello Robin!")).toBeVisible();
  const waiting = page.getByTestId("waiting-admission");
  await expect(waiting.getByRole("heading", { name: "Waiting for your facilitator" })).toBeVisible();
  await expectAccessible(page, "the waiting page in English");

  // The switch, by keyboard: French, kept across a reload, then back to English.
  await page.getByRole("button", { name: "Français" }).focus();
  await page.keyboard.press("Enter");
  await expect(waiting.getByRole("heading", { name: "En attente de votre accompagnateur.trice" })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.getByText("Bonjour Robin!")).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(waiting.getByRole("heading", { name: "Waiting for your facilitator" })).toBeVisible();

  // Admitted by the facilitator (whose own pages stay French), she positions herself in English.
  const context = await browser.newContext({ locale: "fr-CA" });
  const f = await context.newPage();
  await f.goto("/connexion");
  await f.getByLabel("Courriel").fill(DEMO_FACILITATOR.email);
  await f.getByLabel("Mot de passe").fill(DEMO_FACILITATOR.password);
  await f.getByRole("button", { name: "Se connecter" }).click();
  await expect(f).toHaveURL(/\/demarches$/);
  const href =
    (await f
      .getByRole("link", { name: /Démarche réflexive/ })
      .first()
      .getAttribute("href")) ?? "";
  await admit(context, href.split("/demarches/")[1] ?? "", "Robin");
  await context.close();
  await page.reload();
  await expect(page.getByTestId("participant-group")).toContainText("Destinataires");
  await page.getByRole("link", { name: "Do my positioning" }).click();
  await expect(page.getByRole("heading", { name: "My positioning" })).toBeVisible();
  await expect(
    page.getByText("In your view, where do the organisation's practices with destinataires stand today?"),
  ).toBeVisible();
  await page.getByRole("button", { name: /^Add a token: Expertise/ }).click();
  // English percentages: "10%", not « 10 % ».
  await expect(page.getByText("10%").first()).toBeVisible();
  await expectAccessible(page, "the positioning page in English");
});
