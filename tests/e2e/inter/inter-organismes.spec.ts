import { expect, test, type Page } from "@playwright/test";
import { pdfTextContent } from "../../support/pdf-text";
import { download } from "../support/journey";
import { signUpFirstFacilitator } from "../support/setup";
import type { Tokens } from "../support/workshop";

/**
 * An « inter-organismes » démarche (decision 023) from an empty database,
 * through the interface only: the facilitator signs up, creates the démarche
 * choosing that context with both organisations' consent to be named, enters
 * the four agreed positions (two workshops × two organisations), then opens
 * each organisation's copy of the bilan des apprentissages and downloads its PDF.
 */

const FACILITATOR = {
  name: "Nathalie Gagnon",
  email: "nathalie@inter-organismes.example",
  password: "une longue phrase de passe",
};
const ORGANISATIONS = { a: "Maison des jeunes du Plateau", b: "Cuisine collective de Rimouski" } as const;
const DEMARCHE_NAME = "Regards croisés entre voisins 2028";
const MANDATES = ["Mandat d'expertise", "Mandat de représentation", "Mandat de participation"] as const;

/** What each workshop agreed about each organisation, with reasons the bilan must carry. */
const AGREEMENTS = [
  {
    workshop: "Intervenant.e.s des deux organismes",
    side: "a",
    current: [6, 2, 2],
    desired: [2, 3, 5],
    why: "Les activités sont choisies par l'équipe.",
  },
  {
    workshop: "Intervenant.e.s des deux organismes",
    side: "b",
    current: [3, 3, 4],
    desired: [2, 2, 6],
    why: "Les membres cuisinent et décident du menu.",
  },
  {
    workshop: "Destinataires des deux organismes",
    side: "a",
    current: [7, 2, 1],
    desired: [3, 3, 4],
    why: "On aimerait proposer nos propres projets.",
  },
  {
    workshop: "Destinataires des deux organismes",
    side: "b",
    current: [3, 2, 5],
    desired: [2, 2, 6],
    why: "On se sent écouté.e.s au comité.",
  },
] as const satisfies readonly {
  workshop: string;
  side: "a" | "b";
  current: Tokens;
  desired: Tokens;
  why: string;
}[];

/** Types a position's tokens in one picker (emptied first: a field stops at the tokens left). */
async function fillPicker(page: Page, picker: ReturnType<Page["getByTestId"]>, tokens: Tokens) {
  for (const mandate of MANDATES) await picker.getByRole("spinbutton", { name: mandate }).fill("0");
  for (const [index, mandate] of MANDATES.entries()) {
    await picker.getByRole("spinbutton", { name: mandate }).fill(String(tokens[index]));
  }
  await expect(picker.getByText("Les 10 jetons sont placés.")).toBeVisible();
}

test("an inter-organismes démarche from its creation to both organisations' bilans and their PDFs", async ({
  page,
}) => {
  await signUpFirstFacilitator(page, FACILITATOR);

  // ── Creation: the context, both organisations, both consents ─────────────
  await page.getByRole("link", { name: "Créer ma première démarche" }).click();
  await expect(page.getByRole("heading", { name: "Nouvelle démarche" })).toBeVisible();
  await page.getByRole("radio", { name: /^Inter-organismes/ }).check();
  await page.getByLabel(/^Premier organisme/).fill(ORGANISATIONS.a);
  await page.getByLabel(/^Deuxième organisme/).fill(ORGANISATIONS.b);
  await page.getByLabel(/^Nom de la démarche/).fill(DEMARCHE_NAME);
  await page.getByLabel(/^Date de début/).fill("2028-02-05");
  await page.getByLabel(/^Date de fin prévue/).fill("2028-04-20");
  await page.getByLabel(/^Responsable des renseignements personnels/).fill("Francine Tremblay, coordonnatrice");
  await page.getByLabel(/^Ses coordonnées/).fill("vie-privee@example.org");
  // Without the consents, nothing is created and the form says why.
  await page.getByRole("button", { name: "Créer la démarche" }).click();
  await expect(page.getByText(/Les deux organismes doivent avoir accepté d'être nommés/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/demarches\/nouvelle$/);
  await page.getByLabel("Le premier organisme accepte d'être nommé au deuxième.").check();
  await page.getByLabel("Le deuxième organisme accepte d'être nommé au premier.").check();
  await page.getByRole("button", { name: "Créer la démarche" }).click();

  // ── The workshops page: four agreed positions ────────────────────────────
  await expect(page.getByRole("heading", { name: "Ateliers inter-organismes" })).toBeVisible();
  await expect(page).toHaveURL(/\/demarches\/[^/]+\/inter$/);
  const demarcheId = new URL(page.url()).pathname.split("/")[2];
  await expect(page.getByText("Aucune position convenue sur 4")).toBeVisible();
  for (const agreement of AGREEMENTS) {
    const card = page
      .getByRole("region", { name: agreement.workshop })
      .getByRole("region", { name: `À propos de : ${ORGANISATIONS[agreement.side]}` });
    await fillPicker(page, card.getByTestId(/-current-picker$/), agreement.current);
    await fillPicker(page, card.getByTestId(/-desired-picker$/), agreement.desired);
    await card.getByLabel("Pourquoi? Les raisons de l'atelier").fill(agreement.why);
    await card.getByRole("button", { name: "Enregistrer la position convenue" }).click();
    await expect(card.getByText("Position convenue enregistrée.")).toBeVisible();
  }
  // What was saved is what the page shows once reloaded.
  await page.reload();
  await expect(page.getByText("4 positions convenues sur 4")).toBeVisible();
  await expect(page.getByText("Il manque encore")).toHaveCount(0);

  // ── Each organisation's copy of the bilan, on screen and as a PDF ────────
  for (const [side, own, other] of [
    ["a", ORGANISATIONS.a, ORGANISATIONS.b],
    ["b", ORGANISATIONS.b, ORGANISATIONS.a],
  ] as const) {
    await page.goto(`/demarches/${demarcheId}/inter`);
    await page.getByRole("link", { name: `Exemplaire de ${own}` }).click();
    await expect(page).toHaveURL(new RegExp(`/demarches/${demarcheId}/bilan/${side}$`));
    await expect(page.getByRole("heading", { name: "Bilan des apprentissages", level: 1 })).toBeVisible();
    await expect(page.getByText(`Exemplaire de ${own}`, { exact: true })).toBeVisible();
    await expect(
      page.getByText(`Démarche inter-organismes entre ${ORGANISATIONS.a} et ${ORGANISATIONS.b}`),
    ).toBeVisible();
    // Complete: no missing position, and the comparisons are drawn.
    await expect(page.getByText(/Ce bilan est incomplet/)).toHaveCount(0);
    await expect(page.getByText(/^Positions actuelles : /).first()).toBeVisible();
    for (const agreement of AGREEMENTS) await expect(page.getByText(agreement.why)).toBeVisible();

    const pdf = await download(page, "Télécharger le PDF de cet exemplaire");
    expect(pdf.name).toMatch(/^bilan-.*\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfTextContent(pdf.bytes).replace(/\s+/g, " ");
    expect(text).toContain(`Exemplaire de ${own}`);
    expect(text).not.toContain(`Exemplaire de ${other}`);
    expect(text).toContain(other);
  }
});
