import { expect, test } from "@playwright/test";
import { PLENARY_E2E as E2E } from "../support/plenary-facts";
import { recordPiste } from "../support/journey";
import { advancePhase, demarcheIdByName, fillNewDemarche, signInAsFacilitator } from "../support/setup";
import { expectPhoneFit, expectSlideFits } from "./support";

/**
 * The facilitator's laptop on a borrowed projector (1280×720, 1280×800,
 * 1920×1080): every slide of the mise en commun fits the screen, with a
 * counter, keyboard navigation and a way out.
 */

test.describe.configure({ mode: "serial" });

test("every slide of the mise en commun fits the projector, from the welcome to the summary", async ({ page }) => {
  await signInAsFacilitator(page, E2E.facilitator.email, E2E.facilitator.password);
  const demarcheId = await demarcheIdByName(page, E2E.demarche);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/projection/mise-en-commun/${demarcheId}`);
  const counter = page.getByTestId("slide-counter");
  await expect(counter).toHaveText(/^Diapositive 1 sur \d+$/);
  const total = Number(/sur (\d+)/.exec((await counter.textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThan(5);
  const titles: string[] = [];
  for (let n = 1; n <= total; n++) {
    await expect(counter).toHaveText(`Diapositive ${n} sur ${total}`);
    const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    titles.push(title);
    await expectSlideFits(page, `slide ${n} « ${title} »`);
    if (n < total) await page.keyboard.press("ArrowRight");
  }
  expect(titles).toContain("Tous les groupes ensemble");
  expect(titles.some((t) => t.startsWith("Pistes"))).toBe(true);
  expect(titles.at(-1)).toMatch(/^En résumé/);
  await expect(page.getByTestId("summary-convergences")).toBeVisible();
  await expect(page.getByTestId("summary-divergences")).toBeVisible();
  // Presenter remotes send Page Up / Page Down.
  await page.keyboard.press("PageUp");
  await expect(counter).toHaveText(`Diapositive ${total - 1} sur ${total}`);
  await page.getByRole("link", { name: "Quitter la projection" }).click();
  await expect(page).toHaveURL(/mise-en-commun$/);
});

test("the « Mise en commun » tab and its projection before the mise en commun say it has not started, in French", async ({
  page,
}) => {
  await signInAsFacilitator(page, E2E.facilitator.email, E2E.facilitator.password);
  await page.goto("/demarches/nouvelle");
  await fillNewDemarche(page, {
    organisation: "Organisme de la salle",
    name: "Démarche en préparation",
    startDate: "2027-01-10",
    endDate: "2027-06-20",
  });
  await page.getByRole("button", { name: "Créer la démarche" }).click();
  await expect(page.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/")[2];

  const tab = await page.request.get(`/demarches/${id}/mise-en-commun`);
  expect(tab.status()).toBe(200);
  await page.getByRole("link", { name: "Mise en commun", exact: true }).click();
  await expect(page.getByText(/La mise en commun n'est pas encore commencée/)).toBeVisible();

  const projection = await page.request.get(`/projection/mise-en-commun/${id}`);
  expect(projection.status()).toBe(200);
  await page.goto(`/projection/mise-en-commun/${id}`);
  await expect(page.getByText(/rien à projeter pour l'instant/)).toBeVisible();
  await expect(page.getByText("This page couldn't load")).toHaveCount(0);
});

test("every slide of a group's workshop projection fits the projector, released or still open", async ({ page }) => {
  await signInAsFacilitator(page, E2E.facilitator.email, E2E.facilitator.password);
  const demarcheId = await demarcheIdByName(page, E2E.demarche);
  await page.goto(`/demarches/${demarcheId}/ateliers`);
  await page.getByRole("link", { name: `Projeter la vue du groupe : ${E2E.groups.destinataires}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Atelier des ${E2E.groups.destinataires}` })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  const counter = page.getByTestId("slide-counter");
  const total = Number(/sur (\d+)/.exec((await counter.textContent()) ?? "")?.[1]);
  for (let n = 1; n <= total; n++) {
    await expect(counter).toHaveText(`Diapositive ${n} sur ${total}`);
    await expectSlideFits(page, `group slide ${n}`);
    if (n < total) await page.keyboard.press("ArrowRight");
  }
  await page.getByRole("link", { name: "Quitter la vue projetée" }).click();
  await expect(page).toHaveURL(/ateliers\/[^/]+$/);
});

test("the CA's report reads on a phone, from the board's space and from a reading link", async ({ page, browser }) => {
  await signInAsFacilitator(page, E2E.facilitator.email, E2E.facilitator.password);
  const demarcheId = await demarcheIdByName(page, E2E.demarche);
  await page.goto(`/demarches/${demarcheId}/mise-en-commun`);
  await recordPiste(page, {
    orientation: "Changer de cap",
    title: "Un comité de membres pour la programmation",
    groups: [E2E.groups.intervenants, E2E.groups.destinataires],
  });
  await advancePhase(page, demarcheId, "Transmission au CA");
  await page.goto(`/demarches/${demarcheId}/rapport`);
  await page.getByRole("button", { name: "Créer un lien" }).click();
  const link = await page.locator("#new-link").inputValue();
  expect(link).toContain("/r/");

  const reader = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const phone = await reader.newPage();
  await phone.goto(new URL(link).pathname);
  await expectPhoneFit(phone, "the CA's report by link (/r/…)");
  await reader.close();

  const board = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const member = await board.newPage();
  await member.goto("/");
  await member.getByRole("textbox", { name: "Code" }).fill(E2E.codes.administrateurs);
  await member.getByRole("button", { name: "Continuer" }).click();
  await expect(member).toHaveURL(/\/atelier$/);
  await member.goto("/rapport");
  await expectPhoneFit(member, "the CA's report (/rapport)");
  await board.close();
});
