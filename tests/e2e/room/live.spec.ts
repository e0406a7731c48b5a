import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO } from "../../../src/server/demo/demo-facts";
import { demarcheIdByName, signInAsFacilitator } from "../support/setup";
import { fillTokens } from "../support/workshop";

/**
 * What happens in the room shows on the open pages without anyone reloading
 * (decision 015): a person waiting for admission sees their space open, the
 * projector counts a confirmation, and a participant whose page follows the
 * facilitator (the workshop closes) keeps what they were typing.
 */

test.describe.configure({ mode: "serial" });

const GROUP = "Destinataires";
/** Phones ask every 5 s (decision 015); a busy test machine answers slowly: wait up to this long for the page to follow. */
const FOLLOWS = { timeout: 20_000 };

async function facilitatorOnGroup(browser: Browser): Promise<{ page: Page; demarcheId: string; groupId: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInAsFacilitator(page, DEMO.facilitator.email, DEMO.facilitator.password);
  const demarcheId = await demarcheIdByName(page, DEMO.demarche);
  await page.goto(`/demarches/${demarcheId}/ateliers`);
  const href = await page.getByRole("link", { name: `Projeter la vue du groupe : ${GROUP}` }).getAttribute("href");
  const groupId = href?.split("/").pop() ?? "";
  expect(groupId).not.toBe("");
  return { page, demarcheId, groupId };
}

test("the room follows what happens, and a participant's typing survives it", async ({ page, browser }) => {
  const facilitator = await facilitatorOnGroup(browser);
  const groupPage = `/demarches/${facilitator.demarcheId}/ateliers/${facilitator.groupId}`;

  // The facilitator's page is open; a person joins with the group's code and waits to be admitted.
  await facilitator.page.goto(groupPage);
  await page.goto("/");
  await page.getByRole("textbox", { name: "Code" }).fill(DEMO.codes.destinataires);
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByLabel("Votre prénom ou un pseudonyme").fill("Odile");
  await page.getByLabel(/J'ai lu les conditions d'engagement/).check();
  await page.getByRole("button", { name: "Je participe" }).click();
  await page.getByRole("button", { name: "Entrer dans mon espace" }).click();
  await expect(page.getByTestId("waiting-admission")).toBeVisible();

  // The facilitator's page shows her arrive; admitting her opens her space by itself.
  await expect(facilitator.page.getByRole("button", { name: "Accueillir Odile" })).toBeVisible(FOLLOWS);
  await facilitator.page.getByRole("button", { name: "Accueillir Odile" }).click();
  await facilitator.page.getByRole("dialog").getByRole("button", { name: "Accueillir" }).click();
  await expect(page.getByRole("link", { name: "Faire mon positionnement" })).toBeVisible(FOLLOWS);
  await expect(page.getByTestId("waiting-admission")).toHaveCount(0);

  // The projector counts her confirmation without anyone reloading.
  const projector = await facilitator.page.context().newPage();
  await projector.goto(`/projection/${facilitator.groupId}`);
  const subtitle = projector.getByText(/réponses? confirmées?|Aucune réponse confirmée/).first();
  const before = (await subtitle.textContent()) ?? "";
  await page.getByRole("link", { name: "Faire mon positionnement" }).click();
  await fillTokens(page, [6, 2, 2]);
  await page.getByRole("button", { name: "Suivant : Position désirée" }).click();
  await fillTokens(page, [3, 3, 4]);
  await page.getByRole("button", { name: "Suivant : Écart et conditions" }).click();
  await page.getByRole("button", { name: "Je confirme mes réponses" }).click();
  await expect(page.getByText(/C'est fait : vos réponses sont confirmées/)).toBeVisible();
  await expect(subtitle).not.toHaveText(before, FOLLOWS);

  // She changes her mind and types; her phone loses the network, so nothing reaches the server.
  await page.getByRole("button", { name: /Position actuelle/ }).first().click();
  await page.route("**/atelier/positionnement", (route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
  );
  const why = page.getByLabel("Pourquoi avez-vous choisi cette position?");
  await why.fill("Parce que l'équipe décide presque tout, et je voudrais");

  // Meanwhile the facilitator closes the workshop: her page follows, and her words are still there.
  await facilitator.page.getByRole("button", { name: "Fermer l'atelier" }).click();
  await facilitator.page.getByRole("dialog").getByRole("button", { name: "Fermer l'atelier" }).click();
  await expect(page.getByText("L'atelier de votre groupe est fermé")).toBeVisible(FOLLOWS);
  await expect(why).toHaveValue("Parce que l'équipe décide presque tout, et je voudrais");

  // Leave the demo's atelier open for the other specs.
  await facilitator.page.getByRole("button", { name: "Rouvrir l'atelier" }).click();
  await facilitator.page.getByRole("dialog").getByRole("button", { name: "Rouvrir l'atelier" }).click();
  await expect(page.getByText("L'atelier de votre groupe est fermé")).toHaveCount(0, FOLLOWS);
  await expect(why).toHaveValue("Parce que l'équipe décide presque tout, et je voudrais");
  await facilitator.page.context().close();
});
