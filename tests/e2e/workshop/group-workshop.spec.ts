import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "../support/axe";
import { joinAndAdmit } from "../support/setup";
import {
  addGroupCondition,
  addGroupPiste,
  agreeOnTheMean,
  projectGroupView,
  releaseGroupResults,
} from "../support/workshop";
import { signInFacilitator, tabTo } from "./helpers";

/**
 * A group's atelier end to end, on the demo démarche (its own copy): three
 * people of the intervenant.e.s join, are admitted by the facilitator and
 * position themselves (one with the mouse, one with the keyboard only, one who
 * loses the network and closes the tab mid-way), the facilitator projects the
 * group's view, records the group's position, conditions and pistes, and
 * releases them; a destinataire sees nothing of it before the release.
 */
test.describe.configure({ mode: "serial" });

const GROUP_CODE = "NTRV2345";
const OTHER_GROUP_CODE = "DEST2345";
const PEOPLE = { mouse: "Mireille", keyboard: "Kevin", unplugged: "Ulysse" };

async function openPositioning(page: Page) {
  await page.goto("/atelier/positionnement");
  await expect(page.getByRole("heading", { name: /^Étape \d/ })).toBeVisible();
}

/** Clicks inside the drawn triangle at a share of its width and height. */
async function pointAt(page: Page, step: "current" | "desired", x: number, y: number) {
  const triangle = page.locator(`svg#${step}-triangle`);
  const box = await triangle.boundingBox();
  if (!box) throw new Error("triangle not drawn");
  await triangle.click({ position: { x: box.width * x, y: box.height * y } });
}

test("three people join and are admitted, position themselves, the group settles and releases its results", async ({ browser }) => {
  test.setTimeout(300_000);
  // The facilitator admits each person who joins with the group's code.
  const facilitator = await signInFacilitator(browser);
  const f = facilitator.page;
  const join = (code: string, name: string) =>
    joinAndAdmit(browser, facilitator.context, facilitator.demarcheId, code, name);

  // ── With the mouse ──────────────────────────────────────────────────────────
  const mouse = await join(GROUP_CODE, PEOPLE.mouse);
  await expectAccessible(mouse.page, "participant home");
  await mouse.page.getByRole("link", { name: "Faire mon positionnement" }).click();
  await expect(mouse.page.getByRole("heading", { name: "Étape 1 : Position actuelle" })).toBeVisible();
  await expectAccessible(mouse.page, "positioning, step 1");
  await pointAt(mouse.page, "current", 0.5, 0.45);
  await expect(mouse.page.getByTestId("current-readout")).toContainText("Position : Expertise");
  await expect(mouse.page.getByText("Les 10 jetons sont placés.")).toBeVisible();
  await mouse.page.getByLabel("Pourquoi avez-vous choisi cette position?").fill("L'équipe décide souvent seule.");
  await mouse.page.getByRole("button", { name: "Suivant : Position désirée" }).click();
  await pointAt(mouse.page, "desired", 0.7, 0.8);
  await expect(mouse.page.getByTestId("desired-readout")).toContainText("Position : Expertise");
  await expectAccessible(mouse.page, "positioning, step 2");
  await mouse.page.getByRole("button", { name: "Suivant : Écart et conditions" }).click();
  await expect(mouse.page.getByTestId("personal-gap")).toContainText("Écart :");
  await mouse.page.getByLabel("Qu'est-ce qui entrave le passage vers la position désirée?").fill("Le manque de temps.");
  await expectAccessible(mouse.page, "positioning, step 3");
  await mouse.page.getByRole("button", { name: "Je confirme mes réponses" }).click();
  await expect(mouse.page.getByText(/C'est fait : vos réponses sont confirmées/)).toBeVisible();
  // The confirmation's reply no longer carries the page rendered again (issue 18): the pages the
  // router kept from before (the browser's Back and Forward) must still show the new state.
  await mouse.page.goBack();
  await expect(mouse.page.getByTestId("position-state")).toContainText("Vos réponses sont confirmées");
  await mouse.page.goForward();
  await expect(mouse.page.getByTestId("confirmation-status")).toContainText("Réponses confirmées le");

  // ── With the keyboard only ──────────────────────────────────────────────────
  const keys = await join(GROUP_CODE, PEOPLE.keyboard);
  const k = keys.page;
  await tabTo(k, k.getByRole("link", { name: "Faire mon positionnement" }));
  await k.keyboard.press("Enter");
  await expect(k.getByRole("heading", { name: "Étape 1 : Position actuelle" })).toBeVisible();
  const spin = (name: string) => k.getByRole("spinbutton", { name });
  await tabTo(k, spin("Mandat d'expertise"));
  for (let i = 0; i < 5; i++) await k.keyboard.press("ArrowUp");
  await expect(k.getByText("5 jetons sur 10 restants.")).toBeVisible();
  await tabTo(k, spin("Mandat de représentation"));
  for (let i = 0; i < 2; i++) await k.keyboard.press("ArrowUp");
  await tabTo(k, spin("Mandat de participation"));
  // More than what is left: the field stops at the 3 tokens that remain.
  for (let i = 0; i < 5; i++) await k.keyboard.press("ArrowUp");
  await expect(spin("Mandat de participation")).toHaveValue("3");
  await expect(k.getByText("Les 10 jetons sont placés.")).toBeVisible();
  await expect(k.getByTestId("current-readout")).toContainText(
    "Position : Expertise 50 %, Représentation 20 %, Participation 30 %",
  );
  await tabTo(k, k.getByLabel("Pourquoi avez-vous choisi cette position?"));
  await k.keyboard.type("Les programmes guident tout.");
  await tabTo(k, k.getByRole("button", { name: "Suivant : Position désirée" }));
  await k.keyboard.press("Enter");
  await expect(k.getByRole("heading", { name: "Étape 2 : Position désirée" })).toBeFocused();
  await tabTo(k, spin("Mandat d'expertise"));
  for (let i = 0; i < 2; i++) await k.keyboard.press("ArrowUp");
  await tabTo(k, spin("Mandat de représentation"));
  for (let i = 0; i < 3; i++) await k.keyboard.press("ArrowUp");
  await tabTo(k, spin("Mandat de participation"));
  for (let i = 0; i < 5; i++) await k.keyboard.press("ArrowUp");
  await expect(k.getByTestId("desired-readout")).toContainText(
    "Position : Expertise 20 %, Représentation 30 %, Participation 50 %",
  );
  await tabTo(k, k.getByRole("button", { name: "Suivant : Écart et conditions" }));
  await k.keyboard.press("Enter");
  await tabTo(k, k.getByLabel("Qu'est-ce qui le favorise?"));
  await k.keyboard.type("Une coordination ouverte.");
  await tabTo(k, k.getByRole("button", { name: "Je confirme mes réponses" }));
  await k.keyboard.press("Enter");
  await expect(k.getByText(/C'est fait : vos réponses sont confirmées/)).toBeVisible();

  // ── Network lost, tab closed mid-way ───────────────────────────────────────
  const unplugged = await join(GROUP_CODE, PEOPLE.unplugged);
  let u = unplugged.page;
  await openPositioning(u);
  await unplugged.context.setOffline(true);
  const add = (mandate: string) => u.getByRole("button", { name: `Ajouter un jeton : ${mandate}` });
  for (let i = 0; i < 3; i++) await add("Mandat d'expertise").click();
  for (let i = 0; i < 3; i++) await add("Mandat de représentation").click();
  for (let i = 0; i < 4; i++) await add("Mandat de participation").click();
  await u.getByLabel("Pourquoi avez-vous choisi cette position?").fill("Écrit juste avant de fermer l'onglet.");
  await expect(u.getByTestId("autosave-status")).toContainText("Pas de connexion", { timeout: 15_000 });
  await u.close();
  await unplugged.context.setOffline(false);

  u = await unplugged.context.newPage();
  await openPositioning(u);
  await expect(u.getByText(/Des réponses tapées sur cet appareil n'avaient pas encore été enregistrées/)).toBeVisible();
  await expect(u.getByLabel("Pourquoi avez-vous choisi cette position?")).toHaveValue(
    "Écrit juste avant de fermer l'onglet.",
  );
  await expect(u.getByTestId("current-readout")).toContainText(
    "Expertise 30 %, Représentation 30 %, Participation 40 %",
  );
  await expect(u.getByTestId("autosave-status")).toContainText("Enregistré à", { timeout: 15_000 });

  // The draft is on the server too: the same person finds it on another device with their code.
  const otherDevice = await browser.newContext();
  const phone = await otherDevice.newPage();
  await phone.goto("/");
  await phone.getByRole("textbox", { name: "Code" }).fill(unplugged.returnCode);
  await phone.getByRole("button", { name: "Continuer" }).click();
  await expect(phone).toHaveURL(/\/atelier$/);
  await expect(phone.getByTestId("position-state")).toContainText("pas encore confirmé");
  await openPositioning(phone);
  // Back without a local copy: straight to the first step left to do.
  await expect(phone.getByRole("heading", { name: "Étape 2 : Position désirée" })).toBeVisible();
  await phone.getByRole("button", { name: "Retour : Position actuelle" }).click();
  await expect(phone.getByLabel("Pourquoi avez-vous choisi cette position?")).toHaveValue(
    "Écrit juste avant de fermer l'onglet.",
  );
  await otherDevice.close();

  // Confirming without the desired position: an error that leads there, and nothing typed is lost.
  await u.getByRole("button", { name: "Suivant : Position désirée" }).click();
  await u.getByRole("button", { name: "Suivant : Écart et conditions" }).click();
  await u.getByRole("button", { name: "Je confirme mes réponses" }).click();
  await expect(u.getByText("Il manque une position pour confirmer.")).toBeVisible();
  await u.getByRole("button", { name: "Placer la position désirée (étape 2)" }).click();
  for (let i = 0; i < 10; i++)
    await u.getByRole("button", { name: "Ajouter un jeton : Mandat de participation" }).click();
  await u.getByRole("button", { name: "Retour : Position actuelle" }).click();
  await expect(u.getByLabel("Pourquoi avez-vous choisi cette position?")).toHaveValue(
    "Écrit juste avant de fermer l'onglet.",
  );
  await u
    .getByRole("button", { name: /Écart et conditions/ })
    .first()
    .click();
  await u.getByRole("button", { name: "Je confirme mes réponses" }).click();
  await expect(u.getByText(/C'est fait : vos réponses sont confirmées/)).toBeVisible();

  // ── The group step, on the projected screen ────────────────────────────────
  const groupId = await projectGroupView(f, facilitator.demarcheId, "Intervenant.e.s");
  // The demo's three confirmed answers and the three new ones.
  await expect(f.getByText("6 réponses confirmées · 6 personnes dans le groupe")).toBeVisible();
  await expect(f.getByRole("img", { name: "Positions du groupe dans le triangle des mandats" })).toBeVisible();
  await expect(f.getByTestId("group-dispersion")).toContainText("Position actuelle");
  let projected = (await f.locator("main").textContent()) ?? "";
  // What the members wrote, on the next slides (as many as it takes).
  const words: string[] = [];
  for (const link of await f
    .getByRole("navigation", { name: "Parties de l'atelier" })
    .getByRole("link", { name: /Ce que les membres ont écrit/ })
    .all()) {
    await link.click();
    await expect(link).toHaveAttribute("aria-current", "step");
    words.push((await f.locator("main").textContent()) ?? "");
  }
  expect(words.join(" ")).toContain("Écrit juste avant de fermer l'onglet.");
  expect(words.join(" ")).toContain("Une coordination ouverte.");
  projected += words.join(" ");
  for (const name of [...Object.values(PEOPLE), "Marie-Ève", "Karim", "Sophie"]) {
    expect(projected, `the projected view names nobody (${name})`).not.toContain(name);
  }

  await agreeOnTheMean(f, { level: "Consensus", justification: "Le groupe reconnaît une pratique d'abord experte." });
  await expect(f.getByTestId("agreement-current-readout")).toContainText("Position : Expertise");

  await addGroupCondition(f, { kind: "entrave", theme: "Temps", text: "Les dossiers débordent." });
  await addGroupCondition(f, { kind: "favorise", theme: "Équipe", text: "Une coordination qui appuie les essais." });
  await addGroupPiste(f, { orientation: "Consolider des acquis", text: "Garder le café-rencontre du jeudi." });
  await addGroupPiste(f, {
    orientation: "Changer de cap",
    text: "Un comité de participant.e.s pour la programmation.",
  });

  // ── Another group sees nothing of it before the release ─────────────────────
  const outsider = await join(OTHER_GROUP_CODE, "Odette");
  const o = outsider.page;
  await o.goto("/atelier/groupe");
  await expect(o.getByTestId("no-released")).toBeVisible();
  await expect(o.getByText("Garder le café-rencontre du jeudi.")).toHaveCount(0);
  await expect(o.getByText("Les dossiers débordent.")).toHaveCount(0);
  await expectAccessible(o, "participant group page");
  await o.goto(`/projection/${groupId}`);
  await expect(o).toHaveURL(/\/atelier$/);

  await releaseGroupResults(f, "Intervenant.e.s");
  await expect(f.getByTestId("workshop-state")).toContainText("partagés le");

  await o.goto("/atelier/groupe");
  const released = o.getByRole("article", { name: "Intervenant.e.s" });
  await expect(released).toContainText("Garder le café-rencontre du jeudi.");
  await expect(released).toContainText("Temps");
  await expect(released).toContainText("Consensus");
  // Only the group's work crosses over, never what one person wrote.
  await expect(o.getByText("Écrit juste avant de fermer l'onglet.")).toHaveCount(0);

  // The group's own members see their group's anonymous view.
  await mouse.page.goto("/atelier/groupe");
  await expect(mouse.page.getByTestId("own-count")).toHaveText("6 réponses confirmées");
  await expect(mouse.page.getByTestId("agreement-summary")).toContainText("Consensus");
  await expectAccessible(mouse.page, "participant group page (own group)");

  // Positions are frozen now: the person sees their answers, read-only.
  await openPositioning(mouse.page);
  await expect(mouse.page.getByText("L'atelier de votre groupe est fermé")).toBeVisible();
  await expect(mouse.page.getByRole("button", { name: "Je confirme mes réponses" })).toHaveCount(0);

  for (const context of [mouse.context, keys.context, unplugged.context, facilitator.context, outsider.context]) {
    await context.close();
  }
});

test("the facilitator types in a paper worksheet for someone without a device, and prints the worksheet", async ({
  browser,
}) => {
  const facilitator = await signInFacilitator(browser);
  const f = facilitator.page;
  await f.goto(`/demarches/${facilitator.demarcheId}/ateliers`);
  await f.getByRole("link", { name: "Gérer l'atelier : Administrateur.trice.s du CA" }).click();
  await expect(f.getByRole("heading", { name: "Atelier des Administrateur.trice.s du CA" })).toBeVisible();

  await f.getByLabel("Prénom ou pseudonyme").fill("Gérard");
  await f.getByLabel(/La personne a lu ou entendu les conditions d'engagement/).check();
  await f.getByRole("button", { name: "Ajouter et saisir ses réponses" }).click();
  await expect(f.getByRole("heading", { name: "Réponses de Gérard" })).toBeVisible();
  await f.getByRole("spinbutton", { name: "Mandat d'expertise" }).fill("2");
  await f.getByRole("spinbutton", { name: "Mandat de représentation" }).fill("6");
  await f.getByRole("spinbutton", { name: "Mandat de participation" }).fill("2");
  await f.getByLabel("Pourquoi avez-vous choisi cette position?").fill("Noté sur la fiche papier.");
  await f.getByRole("button", { name: "Suivant : Position désirée" }).click();
  await f.getByRole("spinbutton", { name: "Mandat de représentation" }).fill("5");
  await f.getByRole("spinbutton", { name: "Mandat de participation" }).fill("5");
  await f.getByRole("button", { name: "Suivant : Écart et conditions" }).click();
  await f.getByRole("button", { name: "Confirmer les réponses de Gérard" }).click();
  await expect(f.getByText(/Réponses confirmées \(/)).toBeVisible();

  await f.getByRole("link", { name: "← Atelier des Administrateur.trice.s du CA" }).click();
  const row = f.getByRole("row", { name: /Gérard/ });
  await expect(row).toContainText("(sans appareil)");
  // The démarche's facilitators see who typed them in (decision 021).
  await expect(row).toContainText(/Confirmées · saisies par \S/);

  const pdf = await f.request.get(`/demarches/${facilitator.demarcheId}/ateliers/fiche`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // Nobody else prints it.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/demarches/${facilitator.demarcheId}/ateliers/fiche`)).status()).toBe(401);
  await anonymous.close();
  await facilitator.context.close();
});
