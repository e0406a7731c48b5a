import { expect, type Page } from "@playwright/test";

/**
 * Steps of the mise en commun, the CA report and the follow-up, reusable by
 * any spec (set-up steps are in ./setup.ts, atelier steps in ./workshop.ts).
 */

/** The plenary table shows at least one convergence and one divergence, in words. */
export async function expectConvergenceAndDivergence(page: Page): Promise<void> {
  const table = page.getByTestId("comparison-table");
  await expect(table.getByRole("cell", { name: /^Convergence/ }).first()).toBeVisible();
  await expect(table.getByRole("cell", { name: /^Divergence/ }).first()).toBeVisible();
}

export type PisteInput = {
  orientation: "Consolider des acquis" | "Changer de cap";
  title: string;
  description?: string;
  groups: string[];
  arbitrage?: string;
};

/** Records a plenary piste with the form of the mise en commun page. */
export async function recordPiste(page: Page, piste: PisteInput): Promise<void> {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Enregistrer la piste" }) });
  await form.getByRole("radio", { name: piste.orientation }).check();
  await form.getByLabel("Titre de la piste").fill(piste.title);
  if (piste.description !== undefined) await form.getByLabel("Description (facultatif)").fill(piste.description);
  const supports = form.getByRole("group", { name: "Groupes qui appuient cette piste" });
  for (const box of await supports.getByRole("checkbox").all()) await box.uncheck();
  for (const group of piste.groups) await supports.getByRole("checkbox", { name: group, exact: true }).check();
  if (piste.arbitrage) {
    await form.getByRole("checkbox", { name: /Le CA devra arbitrer/ }).check();
    await form.getByLabel("Ce que le CA doit arbitrer").fill(piste.arbitrage);
  }
  await form.getByRole("button", { name: "Enregistrer la piste" }).click();
  await expect(page.getByText("Piste enregistrée.")).toBeVisible();
  await expect(page.getByTestId("plenary-pistes").getByRole("heading", { name: piste.title })).toBeVisible();
}

/** Downloads a file from a link and returns its bytes. */
export async function download(page: Page, linkName: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

export type AnswerInput = {
  piste: string;
  decision: "Retenue" | "À l'étude" | "Non retenue";
  reasons: string;
  responsible?: string;
  dueDate?: string;
};

/** Answers one piste on a CA answers page (facilitator or board member). */
export async function answerPiste(page: Page, answer: AnswerInput): Promise<void> {
  const form = page.getByRole("form", { name: `Réponse à la piste « ${answer.piste} »` });
  await form.getByRole("radio", { name: answer.decision, exact: true }).check();
  await form.getByLabel("Motifs").fill(answer.reasons);
  if (answer.responsible !== undefined) await form.getByLabel("Qui porte la piste").fill(answer.responsible);
  if (answer.dueDate !== undefined) await form.getByLabel("Échéance").fill(answer.dueDate);
  await form.getByRole("button", { name: "Enregistrer la réponse" }).click();
  await expect(form.getByText("Réponse enregistrée.")).toBeVisible();
}

/** A participant writes their group's reaction on /suivi. */
export async function reactAsGroup(page: Page, text: string): Promise<void> {
  await page.goto("/suivi");
  await page.getByLabel("Réaction du groupe").fill(text);
  await page.getByRole("button", { name: "Enregistrer la réaction" }).click();
  await expect(page.getByText("Réaction enregistrée.")).toBeVisible();
}

/** Publishes the rapport des délégué.e.s du CA from a CA answers page, after confirming. */
export async function publishCaReport(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publier le rapport des délégué.e.s du CA" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publier", exact: true }).click();
  await expect(page.getByText(/^Publié le/)).toBeVisible();
}
