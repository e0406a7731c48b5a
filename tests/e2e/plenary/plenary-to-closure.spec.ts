import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import {
  answerPiste,
  download,
  expectConvergenceAndDivergence,
  publishCaReport,
  reactAsGroup,
  recordPiste,
} from "../support/journey";
import { PLENARY_E2E as E2E } from "../support/plenary-facts";
import { pdfTextContent } from "../../support/pdf-text";
import { advancePhase, demarcheIdByName, participantPage, signInAsFacilitator } from "../support/setup";

/**
 * From the mise en commun to the closed démarche, on a démarche whose three
 * groups of three have released their results (scripts/seed-e2e-plenary.ts).
 * Every phase change goes through the dashboard's controls.
 */
test.describe.configure({ mode: "serial" });

const G = E2E.groups;
const PISTES = {
  committee: "Créer un comité de membres pour la programmation",
  assembly: "Tenir une assemblée des membres deux fois par année",
  table: "Maintenir la représentation à la table de quartier",
};

let demarcheId = "";
let facilitator: Page;

test.beforeAll(async ({ browser }) => {
  // A page of its own context: axe needs one, and it keeps the session apart.
  facilitator = await (await browser.newContext()).newPage();
  await signInAsFacilitator(facilitator, E2E.facilitator.email, E2E.facilitator.password);
  demarcheId = await demarcheIdByName(facilitator, E2E.demarche);
});

test.afterAll(async () => {
  await facilitator.context().close();
});

const noAxeViolations = (page: Page) => expectNoAxeViolations(page, { tags: ["wcag2a", "wcag2aa"] });

test("the plenary shows convergence, divergence, shared themes and opposite movements", async () => {
  const page = facilitator;
  await page.goto(`/demarches/${demarcheId}/mise-en-commun`);
  await expect(page.getByRole("heading", { level: 1, name: "Mise en commun" })).toBeVisible();
  await expectConvergenceAndDivergence(page);
  await expect(page.getByTestId("verdicts-convergence")).toContainText(`${G.intervenants} et ${G.destinataires}`);
  await expect(page.getByTestId("shared-themes")).toContainText("Financement");
  await expect(page.getByTestId("opposite-movements")).toContainText("Expertise");
  await noAxeViolations(page);
});

/** Whether the slide after this one is still the same group's (its words, after its positions). */
async function nextIsSameGroup(page: Page, group: string): Promise<boolean> {
  const next = page.getByRole("link", { name: /Suivant/ });
  const href = await next.getAttribute("href");
  if (!href) return false;
  const response = await page.request.get(href);
  const html = await response.text();
  const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
  return h1.startsWith(`Groupe des ${group}`);
}

test("the projection walks through the groups in turn, then all together, then the table", async () => {
  const page = facilitator;
  await page.goto(`/demarches/${demarcheId}/mise-en-commun`);
  await page.getByRole("link", { name: "Ouvrir le mode projection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Réunion de mise en commun" })).toBeVisible();
  // No navigation chrome in projection mode.
  await expect(page.getByRole("link", { name: "Regards croisés" })).toHaveCount(0);
  const title = page.getByRole("heading", { level: 1 });
  for (const group of [G.intervenants, G.destinataires, G.administrateurs]) {
    await page.keyboard.press("ArrowRight");
    // The group's positions first, then its words on as many slides as they need.
    await expect(title).toContainText(`Groupe des ${group}`);
    await expect(page.getByRole("img", { name: /Positions des groupes/ })).toBeVisible();
    await expect(page.getByTestId("slide-counter")).toContainText(/Diapositive \d+ sur \d+/);
    while (await nextIsSameGroup(page, group)) {
      const before = page.url();
      await page.keyboard.press("ArrowRight");
      await expect(page).not.toHaveURL(before);
      await expect(title).toContainText(`Groupe des ${group}`);
    }
  }
  await page.getByRole("link", { name: /Suivant/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tous les groupes ensemble" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 1, name: "Convergences et divergences" })).toBeVisible();
  await expectConvergenceAndDivergence(page);
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("heading", { level: 1, name: "Tous les groupes ensemble" })).toBeVisible();
  await page.getByRole("link", { name: "Quitter la projection" }).click();
  await expect(page).toHaveURL(/mise-en-commun$/);
});

test("the facilitator records the pistes retained for the CA", async () => {
  const page = facilitator;
  await page.goto(`/demarches/${demarcheId}/mise-en-commun`);

  // Merged from the intervenant.e.s' proposal, also supported by the destinataires.
  await page
    .getByRole("button", { name: "Reprendre la proposition « Associer les membres à la programmation »" })
    .click();
  await expect(page.getByLabel("Titre de la piste")).toHaveValue("Associer les membres à la programmation");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Enregistrer la piste" }) });
  await form.getByRole("button", { name: "Enregistrer la piste" }).click();
  await expect(page.getByTestId("plenary-pistes")).toContainText("Associer les membres à la programmation");
  await page.getByRole("button", { name: "Modifier la piste « Associer les membres à la programmation »" }).click();
  await recordPiste(page, {
    orientation: "Changer de cap",
    title: PISTES.committee,
    description: "Des membres choisissent les activités avec l'équipe.",
    groups: [G.intervenants, G.destinataires],
  });

  // A validation error keeps what was typed.
  await form.getByLabel("Titre de la piste").fill(PISTES.assembly);
  await form.getByRole("button", { name: "Enregistrer la piste" }).click();
  await expect(form.getByText("Indiquez s'il s'agit de consolider des acquis ou de changer de cap.")).toBeVisible();
  await expect(form.getByLabel("Titre de la piste")).toHaveValue(PISTES.assembly);
  await recordPiste(page, {
    orientation: "Changer de cap",
    title: PISTES.assembly,
    groups: [G.destinataires],
    arbitrage: "Les destinataires la souhaitent; le CA préfère un point à l'assemblée générale.",
  });
  await recordPiste(page, { orientation: "Consolider des acquis", title: PISTES.table, groups: [G.administrateurs] });

  // A piste recorded by mistake is deleted after confirmation.
  await recordPiste(page, { orientation: "Consolider des acquis", title: "Piste en double", groups: [G.intervenants] });
  await page.getByRole("button", { name: "Supprimer la piste « Piste en double »" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Supprimer la piste" }).click();
  await expect(page.getByTestId("plenary-pistes").getByRole("heading", { name: /Piste en double/ })).toHaveCount(0);
  await expect(page.getByTestId("plenary-pistes").getByRole("listitem")).toHaveCount(3);
});

test("the report reaches the CA: page, PDF, JSON and a read-only link that can be revoked", async ({ browser }) => {
  const page = facilitator;
  await advancePhase(page, demarcheId, "Transmission au CA");
  await page.goto(`/demarches/${demarcheId}/rapport`);
  const report = page.getByTestId("report");
  await expect(
    report.getByRole("heading", { level: 1, name: "Rapport de synthèse au conseil d'administration" }),
  ).toBeVisible();
  await expect(page.getByTestId("participation-table")).toContainText(G.destinataires);
  await expect(page.getByTestId("arbitrage-list")).toContainText(PISTES.assembly);
  await expect(report.getByRole("heading", { name: "Comparaison avec le cycle 2024-2025" })).toBeVisible();
  await noAxeViolations(page);

  const pdf = await download(page, "Télécharger le rapport (PDF)");
  expect(pdf.name).toMatch(/^rapport-ca-.*\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const json = await download(page, "Exporter toute la démarche (JSON)");
  const exported = JSON.parse(json.bytes.toString("utf8"));
  expect(exported).toMatchObject({ format: "regards-croises/demarche", formatVersion: 1 });
  expect(exported.pistes).toHaveLength(3);

  await page.getByLabel("Pour qui (facultatif)").fill("Administratrice absente");
  await page.getByLabel("Durée de validité, en jours").fill("30");
  await page.getByRole("button", { name: "Créer un lien" }).click();
  await expect(page.getByText("Lien créé. Copiez-le et transmettez-le au CA.")).toBeVisible();
  const url = await page.locator("#new-link").inputValue();
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(url);
  await expect(
    reader.getByRole("heading", { level: 1, name: "Rapport de synthèse au conseil d'administration" }),
  ).toBeVisible();
  await expect(reader.getByText("Lecture seule")).toBeVisible();
  const viaLink = await download(reader, "Télécharger le rapport (PDF)");
  expect(viaLink.bytes.subarray(0, 5).toString()).toBe("%PDF-");

  await page.reload();
  await page.getByRole("button", { name: "Retirer ce lien (Administratrice absente)" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Retirer le lien" }).click();
  await expect(page.getByTestId("report-links")).toContainText("Retiré le");
  await reader.reload();
  await expect(reader.getByText("Ce lien a été retiré par l'accompagnateur.trice.")).toBeVisible();
  await expect(reader.getByTestId("report")).toHaveCount(0);
  await reader.context().close();
});

test("in English: the facilitator sets the démarche's output language; the report page, its PDF and a read-only link follow (decision 024)", async ({
  browser,
}) => {
  const page = facilitator;
  const setOutputLanguage = async (language: "English" | "Français") => {
    await page.goto(`/demarches/${demarcheId}/parametres`);
    await page.getByLabel("Langue des documents de la démarche").selectOption({ label: language });
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    await expect(page.getByText("Paramètres enregistrés.")).toBeVisible();
  };
  await setOutputLanguage("English");

  await page.goto(`/demarches/${demarcheId}/rapport`);
  const report = page.getByTestId("report");
  await expect(report).toHaveAttribute("lang", "en-CA");
  await expect(report.getByRole("heading", { level: 1, name: "Synthesis report to the board (CA)" })).toBeVisible();
  await expect(report.getByRole("heading", { name: "Decisions expected from the CA" })).toBeVisible();
  await expect(report.getByRole("heading", { name: "At a glance" })).toBeVisible();
  await expect(report.getByRole("heading", { name: "Décisions attendues du CA" })).toHaveCount(0);
  // English numbers: "50%" and "0.24", never « 50 % » nor « 0,24 ».
  const shown = await report.innerText();
  expect(shown).toMatch(/\d%/);
  expect(shown).toMatch(/\b0\.\d\d\b/);
  expect(shown).not.toMatch(/\d[\u00a0\u202f ]%/);
  expect(shown).not.toMatch(/\b0,\d\d\b/);
  // What people wrote stays as written.
  await expect(page.getByTestId("arbitrage-list")).toContainText(PISTES.assembly);
  // The facilitator's own interface stays French.
  await expect(page.getByRole("link", { name: "Télécharger le rapport (PDF)" })).toBeVisible();

  const pdf = await download(page, "Télécharger le rapport (PDF)");
  const printed = pdfTextContent(pdf.bytes).replace(/\s+/g, " ");
  expect(printed).toContain("Synthesis report to the board (CA)");
  expect(printed).toContain("Decisions expected from the CA");
  expect(printed).toContain(PISTES.committee);
  expect(printed).not.toContain("Décisions attendues du CA");
  expect(printed).toMatch(/\d%/);
  // The other language is one link away.
  const french = await download(page, "Version française du rapport (PDF)");
  expect(pdfTextContent(french.bytes)).toContain("Décisions attendues du CA");

  await page.getByLabel("Pour qui (facultatif)").fill("Board member who reads English");
  await page.getByLabel("Durée de validité, en jours").fill("30");
  await page.getByRole("button", { name: "Créer un lien" }).click();
  await expect(page.getByText("Lien créé. Copiez-le et transmettez-le au CA.")).toBeVisible();
  const url = await page.locator("#new-link").inputValue();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(url);
  await expect(reader.getByTestId("report")).toHaveAttribute("lang", "en-CA");
  await expect(reader.getByRole("heading", { level: 1, name: "Synthesis report to the board (CA)" })).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Decisions expected from the CA" })).toBeVisible();
  const viaLink = await download(reader, "Télécharger le rapport (PDF)");
  expect(pdfTextContent(viaLink.bytes)).toContain("Decisions expected from the CA");
  await reader.context().close();

  // Back to French for the rest of the démarche.
  await setOutputLanguage("Français");
  await page.goto(`/demarches/${demarcheId}/rapport`);
  await expect(
    page
      .getByTestId("report")
      .getByRole("heading", { level: 1, name: "Rapport de synthèse au conseil d'administration" }),
  ).toBeVisible();
});

test("a board member reads the report, downloads it, answers every piste and publishes", async ({ browser }) => {
  const board = await participantPage(browser, E2E.codes.administrateurs);
  await board.goto("/rapport");
  await expect(
    board.getByRole("heading", { level: 1, name: "Rapport de synthèse au conseil d'administration" }),
  ).toBeVisible();
  const pdf = await download(board, "Télécharger le rapport (PDF)");
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");

  await board.getByRole("link", { name: "Répondre aux pistes au nom du CA" }).click();
  await expect(board.getByRole("heading", { level: 1, name: "Réponses du CA" })).toBeVisible();
  // A retained piste needs who and by when.
  const first = board.getByRole("form", { name: `Réponse à la piste « ${PISTES.committee} »` });
  await first.getByRole("radio", { name: "Retenue", exact: true }).check();
  await first.getByLabel("Motifs").fill("La piste répond à ce que deux groupes ont nommé.");
  await first.getByRole("button", { name: "Enregistrer la réponse" }).click();
  await expect(first.getByText("Indiquez qui porte cette piste retenue.")).toBeVisible();
  await answerPiste(board, {
    piste: PISTES.committee,
    decision: "Retenue",
    reasons: "La piste répond à ce que deux groupes ont nommé.",
    responsible: "La coordination",
    dueDate: "2027-09-30",
  });
  await answerPiste(board, {
    piste: PISTES.assembly,
    decision: "À l'étude",
    reasons: "Réponse à l'assemblée générale.",
  });
  await answerPiste(board, { piste: PISTES.table, decision: "Non retenue", reasons: "Déjà en place; rien à changer." });
  await board.getByLabel("Message d'introduction (facultatif)").fill("Merci aux trois groupes.");
  await board.getByRole("button", { name: "Enregistrer le message" }).click();
  await expect(board.getByText("Message enregistré.")).toBeVisible();

  await board.reload();
  await publishCaReport(board);
  await board.context().close();
});

test("each group reacts to the CA's answers during the follow-up", async ({ browser }) => {
  await advancePhase(facilitator, demarcheId, "Suivi");
  const reactions = {
    intervenants: "L'équipe demande du temps pour préparer le comité.",
    destinataires: "Nous attendons l'assemblée avec impatience.",
    administrateurs: "Le CA fera un bilan à l'assemblée générale.",
  } as const;
  for (const kind of ["intervenants", "destinataires", "administrateurs"] as const) {
    const page = await participantPage(browser, E2E.codes[kind]);
    await page.goto("/suivi");
    await expect(page.getByTestId("ca-answer").first()).toContainText("Décision : Retenue");
    await expect(page.getByText("Merci aux trois groupes.")).toBeVisible();
    await reactAsGroup(page, reactions[kind]);
    await page.context().close();
  }
  const served = await participantPage(browser, E2E.codes.destinataires);
  await served.goto("/suivi");
  for (const text of Object.values(reactions)) await expect(served.getByTestId("reaction-list")).toContainText(text);
  await noAxeViolations(served);
  await served.context().close();
});

test("a closed démarche is read-only", async ({ browser }) => {
  await advancePhase(facilitator, demarcheId, "Clôturée");
  const page = await participantPage(browser, E2E.codes.intervenants);
  await page.goto("/suivi");
  await expect(page.getByText("La démarche est clôturée : merci de votre participation!")).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer la réaction" })).toHaveCount(0);
  await page.context().close();

  await facilitator.goto(`/demarches/${demarcheId}/mise-en-commun`);
  await expect(
    facilitator.getByText("La démarche est clôturée : les pistes ne peuvent plus être modifiées."),
  ).toBeVisible();
  await expect(facilitator.getByRole("button", { name: "Enregistrer la piste" })).toHaveCount(0);
  await facilitator.goto(`/demarches/${demarcheId}/rapport/reponses`);
  await expect(facilitator.getByText("La démarche est clôturée : consultation seulement.")).toBeVisible();
  await expect(facilitator.getByRole("button", { name: "Enregistrer la réponse" })).toHaveCount(0);
  await facilitator.goto(`/demarches/${demarcheId}/rapport`);
  await expect(facilitator.getByTestId("reaction-list")).toContainText("Le CA fera un bilan à l'assemblée générale.");
  await expect(facilitator.getByRole("button", { name: "Créer un lien" })).toHaveCount(0);
});
