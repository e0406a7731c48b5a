import { expect, type Page } from "@playwright/test";

/**
 * Steps of a group's atelier: a participant's positioning with the tokens,
 * and the facilitator's group step on the projected view (agreed position,
 * conditions, pistes, release).
 */

/** Tokens out of 10 for expertise, représentation, participation. */
export type Tokens = readonly [expertise: number, representation: number, participation: number];

const MANDATES = ["Mandat d'expertise", "Mandat de représentation", "Mandat de participation"] as const;

/**
 * Types the tokens of the step shown, in the number fields (the keyboard and
 * screen-reader path). A field stops at the tokens left, so all are emptied first.
 */
export async function fillTokens(page: Page, tokens: Tokens): Promise<void> {
  for (const mandate of MANDATES) await page.getByRole("spinbutton", { name: mandate }).fill("0");
  for (const [index, mandate] of MANDATES.entries()) {
    await page.getByRole("spinbutton", { name: mandate }).fill(String(tokens[index]));
  }
  await expect(page.getByText("Les 10 jetons sont placés.")).toBeVisible();
}

export type PositioningInput = { current: Tokens; desired: Tokens; why?: string; hinders?: string; helps?: string };

/** A participant fills the three steps of the positioning and confirms, from their space. */
export async function positionWithTokens(page: Page, answers: PositioningInput): Promise<void> {
  await page.goto("/atelier");
  await page.getByRole("link", { name: "Faire mon positionnement" }).click();
  await expect(page.getByRole("heading", { name: "Étape 1 : Position actuelle" })).toBeVisible();
  await fillTokens(page, answers.current);
  if (answers.why) await page.getByLabel("Pourquoi avez-vous choisi cette position?").fill(answers.why);
  await page.getByRole("button", { name: "Suivant : Position désirée" }).click();
  await expect(page.getByRole("heading", { name: "Étape 2 : Position désirée" })).toBeVisible();
  await fillTokens(page, answers.desired);
  await page.getByRole("button", { name: "Suivant : Écart et conditions" }).click();
  await expect(page.getByTestId("personal-gap")).toContainText("Écart :");
  if (answers.hinders) {
    await page.getByLabel("Qu'est-ce qui entrave le passage vers la position désirée?").fill(answers.hinders);
  }
  if (answers.helps) await page.getByLabel("Qu'est-ce qui le favorise?").fill(answers.helps);
  await page.getByRole("button", { name: "Je confirme mes réponses" }).click();
  await expect(page.getByText(/C'est fait : vos réponses sont confirmées/)).toBeVisible();
}

/** Opens a group's projected view from the ateliers tab; returns the group's id. */
export async function projectGroupView(page: Page, demarcheId: string, groupLabel: string): Promise<string> {
  await page.goto(`/demarches/${demarcheId}/ateliers`);
  await page.getByRole("link", { name: `Projeter la vue du groupe : ${groupLabel}` }).click();
  await expect(page.getByRole("heading", { name: `Atelier des ${groupLabel}` })).toBeVisible();
  return page.url().split("/projection/")[1] ?? "";
}

/**
 * On the projected view (one slide per part): goes to the part named, with
 * the list of parts under the title, unless it is already shown.
 */
export async function goToSlide(page: Page, name: RegExp): Promise<void> {
  const parts = page.getByRole("navigation", { name: "Parties de l'atelier" });
  const link = parts.getByRole("link", { name });
  if ((await link.getAttribute("aria-current")) !== "step") await link.click();
  await expect(link).toHaveAttribute("aria-current", "step");
}

type Agreement = { level: "Consensus" | "Majorité" | "Unanimité"; justification: string };

async function saveAgreement(page: Page, agreement: Agreement) {
  await page.getByLabel(agreement.level).check();
  await page.getByLabel("Justification").fill(agreement.justification);
  await page.getByRole("button", { name: "Enregistrer la position du groupe" }).click();
  await expect(page.getByText("Position du groupe enregistrée.")).toBeVisible();
}

/** On the projected view: the group settles on the mean of its answers. */
export async function agreeOnTheMean(page: Page, agreement: Agreement) {
  await goToSlide(page, /La position du groupe/);
  await page.getByRole("button", { name: "Partir de la moyenne des réponses" }).click();
  await expect(page.getByTestId("agreement-current-readout")).toContainText("Position :");
  await saveAgreement(page, agreement);
}

/**
 * On the projected view: the group places the position it agreed on with the
 * tokens (what a group too small to be shown its mean does, decision 013).
 */
export async function agreeOnTokens(page: Page, agreement: Agreement & { current: Tokens; desired: Tokens }) {
  await goToSlide(page, /La position du groupe/);
  for (const [step, tokens] of [
    ["Position actuelle retenue par le groupe", agreement.current],
    ["Position désirée retenue par le groupe", agreement.desired],
  ] as const) {
    const region = page.getByRole("region", { name: step });
    for (const [index, mandate] of MANDATES.entries()) {
      await region.getByRole("spinbutton", { name: mandate }).fill(String(tokens[index]));
    }
    await expect(region.getByText("Les 10 jetons sont placés.")).toBeVisible();
  }
  await saveAgreement(page, agreement);
}

/** On the projected view: a condition that hinders or helps the move. */
export async function addGroupCondition(
  page: Page,
  condition: { kind: "entrave" | "favorise"; theme: string; text: string },
) {
  await goToSlide(page, /Les conditions de pratique/);
  await page.getByLabel(condition.kind === "entrave" ? "Ce qui entrave" : "Ce qui favorise").check();
  await page.getByLabel("Thème (court)").fill(condition.theme);
  await page.getByLabel("La condition, en une phrase").fill(condition.text);
  await page.getByRole("button", { name: "Ajouter la condition" }).click();
  await expect(page.getByTestId(`conditions-${condition.kind}`)).toContainText(condition.text);
}

/** On the projected view: one of the group's own pistes. */
export async function addGroupPiste(
  page: Page,
  piste: { orientation: "Consolider des acquis" | "Changer de cap"; text: string },
) {
  await goToSlide(page, /Nos pistes/);
  await page.getByLabel(piste.orientation).check();
  await page.getByLabel("La piste, en une phrase").fill(piste.text);
  await page.getByRole("button", { name: "Ajouter la piste" }).click();
  const list = piste.orientation === "Consolider des acquis" ? "pistes-consolider" : "pistes-changer-de-cap";
  await expect(page.getByTestId(list)).toContainText(piste.text);
}

/** On the projected view: the group releases its results to the plenary, after confirming. */
export async function releaseGroupResults(page: Page, groupLabel: string) {
  await goToSlide(page, /Partager avec la plénière/);
  await page.getByRole("button", { name: "Partager les résultats avec la plénière" }).click();
  const dialog = page.getByRole("dialog", { name: `Partager les résultats des ${groupLabel}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Partager les résultats avec la plénière" }).click();
  await expect(page.getByText("Les résultats du groupe sont partagés avec la plénière.")).toBeVisible();
}
