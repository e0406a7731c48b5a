import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demarcheIdFromUrl, fillNewDemarche, signInAsFacilitator } from "../support/setup";
import { inviteColleague, signUpWithLink } from "../support/team";

/*
 * Runs after first-account.spec.ts and team-invitation.spec.ts (files run in
 * order, one worker): Léa, the first account, is the administrateur.trice
 * (decision 020); Samir, invited there, is disabled and offered to nobody.
 */
const lea = { email: "lea@organisme.example", password: "une phrase de passe solide" };
const maude = { name: "Maude Bélanger", email: "maude@organisme.example", password: "encore une phrase solide" };
const demarche = {
  organisation: "Maison des jeunes du Plateau",
  name: "Démarche à deux",
  startDate: "2027-01-11",
  endDate: "2027-05-28",
};

test("the responsible facilitator adds a colleague as co-accompagnateur.trice, who co-runs the démarche until removed; access ends at their next request", async ({
  browser,
}) => {
  // Léa invites Maude, who signs up with the link.
  const leaPage = await (await browser.newContext()).newPage();
  await signInAsFacilitator(leaPage, lea.email, lea.password);
  const maudePage = await signUpWithLink(browser, await inviteColleague(leaPage, "Maude"), maude);
  await expect(maudePage.getByText("Vous n'accompagnez encore aucune démarche.")).toBeVisible();

  // Léa creates a démarche and adds Maude to its team.
  await leaPage.goto("/demarches/nouvelle");
  await fillNewDemarche(leaPage, demarche);
  await leaPage.getByRole("button", { name: "Créer la démarche" }).click();
  await expect(leaPage.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
  const demarcheId = demarcheIdFromUrl(leaPage.url());
  // The form that adds a group (each existing group has its own « Nom du groupe » field).
  const newGroupName = (page: Page) => page.locator("#new-group-label");
  await leaPage.goto(`/demarches/${demarcheId}/parametres`);
  await leaPage.getByLabel("Collègue de l'instance").selectOption({ label: `${maude.name} (${maude.email})` });
  await leaPage.getByRole("button", { name: "Ajouter comme co-accompagnateur.trice" }).click();
  await leaPage.getByRole("dialog").getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(leaPage.getByText(`${maude.name} fait maintenant partie de l'équipe.`)).toBeVisible();
  await expectNoAxeViolations(leaPage);

  // Maude sees the démarche in her list and acts on it: she adds a group.
  await maudePage.goto("/demarches");
  await maudePage.getByRole("link", { name: demarche.name }).click();
  await expect(maudePage.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
  await maudePage.goto(`/demarches/${demarcheId}/groupes`);
  await newGroupName(maudePage).fill("Bénévoles");
  await maudePage.getByRole("button", { name: "Ajouter le groupe" }).click();
  await expect(maudePage.getByRole("heading", { name: "Bénévoles", level: 2 })).toBeVisible();
  // Léa sees what her colleague did.
  await leaPage.goto(`/demarches/${demarcheId}/groupes`);
  await expect(leaPage.getByRole("heading", { name: "Bénévoles", level: 2 })).toBeVisible();
  // Maude runs it but does not change its team.
  await maudePage.goto(`/demarches/${demarcheId}/parametres`);
  await expect(maudePage.getByText("Seule la personne responsable peut changer l'équipe.")).toBeVisible();
  await expect(maudePage.getByRole("button", { name: /^Retirer/ })).toHaveCount(0);

  // Maude has the groups page open when Léa removes her from the team.
  await maudePage.goto(`/demarches/${demarcheId}/groupes`);
  await expect(maudePage.getByRole("button", { name: "Ajouter le groupe" })).toBeVisible();
  await leaPage.goto(`/demarches/${demarcheId}/parametres`);
  await leaPage.getByRole("button", { name: `Retirer ${maude.name} de l'équipe` }).click();
  await leaPage.getByRole("dialog").getByRole("button", { name: "Retirer de l'équipe" }).click();
  // Off the team: no longer listed with its buttons, offered again among the colleagues.
  await expect(leaPage.getByRole("button", { name: `Retirer ${maude.name} de l'équipe` })).toHaveCount(0);
  await expect(leaPage.getByRole("option", { name: `${maude.name} (${maude.email})` })).toBeAttached();

  // Her next request is refused: the form she had open, then the page itself; she stays signed in.
  await newGroupName(maudePage).fill("Parents");
  await maudePage.getByRole("button", { name: "Ajouter le groupe" }).click();
  await expect(maudePage.getByText("Cet élément n'existe pas ou vous n'y avez pas accès.")).toBeVisible();
  await maudePage.reload();
  await expect(maudePage.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await maudePage.goto("/demarches");
  await expect(maudePage).toHaveURL(/\/demarches$/);
  await expect(maudePage.getByRole("link", { name: demarche.name })).toHaveCount(0);
  await expect(maudePage.getByText("Vous n'accompagnez encore aucune démarche.")).toBeVisible();
  // Nothing was added by the refused request.
  await leaPage.goto(`/demarches/${demarcheId}/groupes`);
  await expect(leaPage.getByRole("heading", { name: "Parents", level: 2 })).toHaveCount(0);
});
