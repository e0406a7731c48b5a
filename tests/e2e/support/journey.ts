import { createRequire } from "node:module";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import type { Phase } from "@/domain/vocabulary";

// better-sqlite3 ships no types; this is the little the journey uses.
type SqliteDatabase = {
  pragma(statement: string): unknown;
  prepare(sql: string): { run(...values: unknown[]): unknown };
  close(): void;
};
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => SqliteDatabase;

/**
 * Steps of the end-to-end journey of a démarche, reusable by any spec
 * (the lead extends the journey to start from an empty database once the
 * set-up, workshop and phase issues are merged).
 */

export async function signInAsFacilitator(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Courriel").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/demarches$/);
}

/** A participant comes back with their personal code, in a browser of their own. */
export async function participantPage(browser: Browser, code: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("textbox", { name: "Code" }).fill(code);
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page).toHaveURL(/\/atelier$/);
  return page;
}

/** The démarche's id, read from the facilitator's list. */
export async function demarcheIdByName(page: Page, name: string): Promise<string> {
  await page.goto("/demarches");
  const href = await page.getByRole("link", { name }).getAttribute("href");
  const id = href?.split("/").pop();
  if (!id) throw new Error(`No démarche named ${name}`);
  return id;
}

/**
 * Moves the démarche to a phase by writing the row, as the phase transitions
 * (another issue) will do from the dashboard. Replace with those clicks once
 * merged. Only ever touches a test database under .tmp/.
 */
export function setPhaseInTestDatabase(dbFile: string, demarcheId: string, phase: Phase): void {
  const file = path.resolve(dbFile);
  if (!file.includes(`${path.sep}.tmp${path.sep}`)) throw new Error("Test databases live under .tmp/");
  const db = new Database(file);
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare("UPDATE Demarche SET phase = ?, closedAt = ?, updatedAt = ? WHERE id = ?").run(
      phase,
      phase === "cloturee" ? Date.now() : null,
      Date.now(),
      demarcheId,
    );
  } finally {
    db.close();
  }
}

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
