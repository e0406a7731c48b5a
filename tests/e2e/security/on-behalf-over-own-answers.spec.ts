import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "../support/axe";
import { joinAndAdmit } from "../support/setup";
import { signInFacilitator } from "../workshop/helpers";

/**
 * Decision 014, in two browsers on phone-sized screens: a destinataire
 * confirms their answers on their own phone; the facilitator's entry page
 * shows them read-only with a warning, and changes them only after a dialog
 * saying the person will see it; the person's page then says so.
 */

const PHONE = { width: 360, height: 740 };
const GROUP = "Destinataires";

async function placeTokens(page: Page, expertise: number, representation: number, participation: number) {
  await page.getByRole("spinbutton", { name: "Mandat d'expertise" }).fill(String(expertise));
  await page.getByRole("spinbutton", { name: "Mandat de représentation" }).fill(String(representation));
  await page.getByRole("spinbutton", { name: "Mandat de participation" }).fill(String(participation));
}

test("the facilitator changes a person's own confirmed answers only knowingly, and the person sees it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const facilitator = await signInFacilitator(browser);
  const f = facilitator.page;
  const person = await joinAndAdmit(browser, facilitator.context, facilitator.demarcheId, "DEST2345", "Noé");
  const me = person.page;
  await me.setViewportSize(PHONE);
  await me.getByRole("link", { name: "Faire mon positionnement" }).click();
  await placeTokens(me, 5, 3, 2);
  await me.getByLabel("Pourquoi avez-vous choisi cette position?").fill("Mon chef décide de tout.");
  await me.getByRole("button", { name: "Suivant : Position désirée" }).click();
  await placeTokens(me, 2, 3, 5);
  await me.getByRole("button", { name: "Suivant : Écart et conditions" }).click();
  await me.getByRole("button", { name: "Je confirme mes réponses" }).click();
  await expect(me.getByText(/C'est fait : vos réponses sont confirmées/)).toBeVisible();
  await me.goto("/atelier");
  await expect(me.getByTestId("edited-on-behalf")).toHaveCount(0);

  await f.setViewportSize(PHONE);
  await f.goto(`/demarches/${facilitator.demarcheId}/ateliers`);
  await f.getByRole("link", { name: new RegExp(`Gérer l'atelier : ${GROUP}`) }).click();
  await f.getByRole("link", { name: /Saisir les réponses : Noé/ }).click();
  await expect(f.getByRole("heading", { name: "Réponses de Noé" })).toBeVisible();

  // Read-only, with the warning, until the facilitator says they know.
  await expect(f.getByTestId("confirmed-by-person")).toContainText(
    "Noé a confirmé ces réponses sur son propre appareil",
  );
  await expect(f.getByLabel("Pourquoi avez-vous choisi cette position?")).toHaveAttribute("readonly", "");
  await expectAccessible(f, "entry page, answers confirmed by the person");
  await f.getByRole("button", { name: "Modifier quand même…" }).click();
  const dialog = f.getByRole("dialog", { name: "Modifier les réponses confirmées par Noé?" });
  await expect(dialog).toContainText("Vos changements lui seront visibles");
  await expectAccessible(f, "the override dialog");
  // Cancelling changes nothing.
  await dialog.getByRole("button", { name: "Annuler" }).click();
  await expect(f.getByLabel("Pourquoi avez-vous choisi cette position?")).toHaveAttribute("readonly", "");
  await f.getByRole("button", { name: "Modifier quand même…" }).click();
  await f.getByRole("dialog").getByRole("button", { name: "Oui, modifier ses réponses" }).click();
  await expect(f.getByText("Vous modifiez des réponses que Noé avait confirmées")).toBeVisible();
  const why = f.getByLabel("Pourquoi avez-vous choisi cette position?");
  await expect(why).not.toHaveAttribute("readonly", "");
  await why.fill("Mon chef décide de tout, dit en atelier.");
  await expect(f.getByTestId("autosave-status")).toContainText("Enregistré à");

  // The person's own page says so, by role, with the date.
  await me.reload();
  await expect(me.getByTestId("edited-on-behalf")).toContainText(
    /^Vos réponses ont été modifiées par l'accompagnateur\.trice le \d{1,2} \S+ 20\d\d/,
  );
  await me.getByRole("link", { name: /Revoir mes réponses|Faire mon positionnement/ }).click();
  await expect(me.getByTestId("edited-on-behalf")).toBeVisible();
  await expectAccessible(me, "the person's positioning, changed on their behalf");
  // No longer confirmed: the form opens on the confirmation step; the changed text is in step 1.
  await me.getByRole("button", { name: /^1 Position actuelle/ }).click();
  await expect(me.getByLabel("Pourquoi avez-vous choisi cette position?")).toHaveValue(
    "Mon chef décide de tout, dit en atelier.",
  );

  await person.context.close();
  await facilitator.context.close();
});
