import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import {
  admit,
  advancePhase,
  fillNewDemarche,
  joinAndAdmit,
  joinWithCode,
  readInvitationCode,
  signUpFirstFacilitator,
} from "../support/setup";

/**
 * The facilitator's first démarche, from an empty installation: sign up,
 * create the démarche, adjust the calendar, print the invitation sheets,
 * three people per group join with the codes and are admitted, and the
 * ateliers can start.
 */

const facilitator = {
  name: "Geneviève Roy",
  email: "genevieve@accompagnement.example",
  password: "une longue phrase de passe",
};
const GROUPS = ["Intervenant.e.s", "Destinataires", "Administrateur.trice.s du CA"] as const;

test("a new facilitator sets up a démarche, admits the people who join with the codes, and the ateliers can start", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);

  // ── Sign up on the first-run page ───────────────────────────────────────
  await signUpFirstFacilitator(page, facilitator);

  // ── Create the démarche: defaults prefilled, a mistake keeps what was typed ─
  await page.getByRole("link", { name: "Créer ma première démarche" }).click();
  await expect(page.getByLabel(/^Texte des conditions d'engagement/)).toHaveValue(/démarche réflexive/);
  await fillNewDemarche(page, {
    organisation: "Maison de la famille du Haut-Richelieu",
    name: "Regards croisés 2027",
    startDate: "2027-01-11",
    endDate: "2027-01-04",
  });
  await page.getByRole("button", { name: "Créer la démarche" }).click();
  await expect(page.getByText("La date de fin doit être la même que la date de début ou plus tard.")).toBeVisible();
  await expect(page.getByLabel(/^Nom de l'organisme/)).toHaveValue("Maison de la famille du Haut-Richelieu");
  await page.getByLabel(/^Date de fin prévue/).fill("2027-05-28");
  await page.getByRole("button", { name: "Créer la démarche" }).click();

  // ── The dashboard says what to do next ──────────────────────────────────
  await expect(page.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
  const dashboardUrl = page.url();
  await expect(page.getByRole("heading", { name: "Prochaine étape : Ateliers" })).toBeVisible();
  await expect(page.getByTestId("phase-blockers")).toContainText(
    "Il manque 3 participant.e.s dans le groupe des Intervenant.e.s (0 sur 3).",
  );
  await expect(page.getByRole("heading", { name: "À faire maintenant" })).toBeVisible();
  await expectNoAxeViolations(page);

  // ── Adjust the calendar ─────────────────────────────────────────────────
  await page
    .getByRole("navigation", { name: "Sections de la démarche" })
    .getByRole("link", { name: "Calendrier" })
    .click();
  await expect(page.getByRole("heading", { name: "Calendrier", level: 1 })).toBeVisible();
  const launch = page.getByRole("article", { name: /Rencontre de lancement/ });
  await launch.getByText("Modifier").click();
  await launch.getByLabel("Heure").fill("19:00");
  await launch.getByLabel("Lieu").fill("Salle communautaire, 150 rue Richelieu");
  await launch.getByRole("button", { name: "Enregistrer" }).click();
  await expect(launch.getByText("Rencontre enregistrée.")).toBeVisible();
  await expect(launch.getByText("Lieu : Salle communautaire, 150 rue Richelieu")).toBeVisible();
  await expect(launch.getByText(/à 19 h 00|à 19:00/)).toBeVisible();

  // Removing a meeting is confirmed, then warned about (never refused).
  await page.getByRole("button", { name: "Retirer « Retour du CA »?" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Retirer la rencontre" }).click();
  await expect(page.getByTestId("calendar-warnings")).toContainText(
    "5 rencontres sont prévues : la démarche en demande au moins 6.",
  );
  const add = page.getByRole("region", { name: "Ajouter une rencontre" });
  await add.getByLabel(/^Type de rencontre/).selectOption("retour_ca");
  await add.getByLabel(/^Titre/).fill("Retour du CA et réactions des groupes");
  await add.getByLabel("Date", { exact: true }).fill("2027-05-20");
  await add.getByLabel("Heure").fill("18:30");
  await add.getByRole("button", { name: "Ajouter au calendrier" }).click();
  await expect(page.getByRole("article", { name: /Retour du CA et réactions des groupes/ })).toBeVisible();
  await expect(page.getByTestId("calendar-warnings")).toHaveCount(0);

  // The whole sequence as a calendar file.
  const ics = await page.request.get(`${dashboardUrl}/calendrier.ics`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const icsBody = await ics.text();
  expect(icsBody.match(/BEGIN:VEVENT/g)).toHaveLength(6);
  expect(icsBody).toContain("LOCATION:Salle communautaire\\, 150 rue Richelieu");

  // ── Print each group's invitation sheet and note its code ───────────────
  const demarcheId = new URL(dashboardUrl).pathname.split("/").pop() ?? "";
  const codes: string[] = [];
  for (const group of GROUPS) {
    codes.push(await readInvitationCode(page, demarcheId, group));
    const sheet = page.getByTestId("invitation-sheet");
    await expect(sheet).toContainText("Maison de la famille du Haut-Richelieu");
    await expect(sheet).toContainText("La démarche se déroule du 11 janvier 2027 au 28 mai 2027.");
    await expect(page.getByTestId("invitation-qr")).toBeVisible();
    await expect(page.getByTestId("invitation-link")).toContainText("/rejoindre/");
    if (codes.length === 1) {
      await expectNoAxeViolations(page);
      // Printed, the sheet fits on one page.
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "Letter" });
      expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      await page.emulateMedia({ media: "screen" });
    }
  }

  // ── Three people per group join and are admitted; the board has two so far ─
  const people = [
    ["Marie-Ève", "Karim", "Sophie"],
    ["Jocelyne", "Ti-Paul", "Amina"],
    ["Louise", "Pierre"],
  ];
  for (const [index, names] of people.entries()) {
    for (const name of names) {
      await (await joinAndAdmit(browser, page.context(), demarcheId, codes[index]!, name)).context.close();
    }
  }

  await page.goto(dashboardUrl);
  await expect(page.getByTestId("phase-blockers")).toHaveText(
    /Il manque 1 participant\.e dans le groupe des Administrateur\.trice\.s du CA \(2 sur 3\)\./,
  );
  await expect(page.getByTestId("phase-blockers").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Passer à l'étape « Ateliers »" })).toHaveCount(0);

  // Someone waiting to be admitted does not count yet.
  const nicole = await joinWithCode(browser, codes[2]!, "Nicole");
  await page.reload();
  await expect(page.getByTestId("phase-blockers")).toHaveText(
    /Il manque 1 participant\.e dans le groupe des Administrateur\.trice\.s du CA \(2 sur 3\)\./,
  );
  await admit(page.context(), demarcheId, "Nicole");
  await nicole.context.close();
  await page.reload();
  await expect(page.getByText("Tout est prêt pour passer à l'étape « Ateliers ».")).toBeVisible();
  await advancePhase(page, demarcheId, "Ateliers");
  await expect(page.getByRole("heading", { name: "Prochaine étape : Mise en commun" })).toBeVisible();

  // The group pages list who joined, by display name only.
  await page.goto(`${dashboardUrl}/groupes`);
  for (const name of ["Marie-Ève", "Amina", "Nicole"])
    await expect(page.getByTestId(/^participants-/).getByText(name, { exact: true })).toBeVisible();
});
