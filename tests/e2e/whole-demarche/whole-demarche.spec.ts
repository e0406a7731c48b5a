import { expect, test, type Browser, type Page } from "@playwright/test";
import { pdfTextContent } from "../../support/pdf-text";
import {
  answerPiste,
  download,
  expectConvergenceAndDivergence,
  publishCaReport,
  reactAsGroup,
  recordPiste,
} from "../support/journey";
import {
  advancePhase,
  createFirstDemarche,
  joinAndAdmit,
  participantPage,
  readInvitationCode,
  signUpFirstFacilitator,
} from "../support/setup";
import {
  addGroupCondition,
  addGroupPiste,
  agreeOnTokens,
  goToSlide,
  positionWithTokens,
  projectGroupView,
  releaseGroupResults,
  type Tokens,
} from "../support/workshop";

/**
 * A whole démarche from an empty database, through the interface only:
 * the facilitator sets it up, three groups of three join, are admitted and
 * position themselves, each group settles and releases its results, the plenary
 * compares them and retains pistes, the CA reads the report (and its PDF) and
 * answers every piste, each group reacts, and the démarche is closed. Every
 * phase change goes through the dashboard.
 */

const FACILITATOR = {
  name: "Geneviève Roy",
  email: "genevieve@demarche-complete.example",
  password: "une longue phrase de passe",
};
const DEMARCHE = {
  organisation: "Carrefour communautaire de Saint-Hyacinthe",
  name: "Regards croisés 2028",
  startDate: "2028-01-10",
  endDate: "2028-06-16",
};

/**
 * Each group's three members, with positions chosen for the plenary table
 * (distance between corners = 1; convergence ≤ 0.15, divergence ≥ 0.30,
 * src/domain/synthesis.ts). Each group's mean is a whole number of tokens so
 * the agreed position (the mean) is exact:
 * - intervenant.e.s and destinataires both place the organisation at
 *   expertise 60 / représentation 20 / participation 20 now: distance 0, a convergence;
 * - the CA places it at 20 / 60 / 20: distance 0.40 from both, a divergence.
 */
const GROUPS = [
  {
    label: "Intervenant.e.s",
    people: ["Marie-Ève", "Karim", "Sophie"],
    current: [
      [7, 2, 1],
      [6, 2, 2],
      [5, 2, 3],
    ],
    desired: [
      [2, 3, 5],
      [3, 3, 4],
      [1, 3, 6],
    ],
    piste: "Un comité de membres pour choisir les activités",
  },
  {
    label: "Destinataires",
    people: ["Jocelyne", "Ti-Paul", "Amina"],
    current: [
      [6, 2, 2],
      [6, 3, 1],
      [6, 1, 3],
    ],
    desired: [
      [2, 2, 6],
      [2, 2, 6],
      [2, 2, 6],
    ],
    piste: "Des membres invité.e.s aux rencontres d'équipe",
  },
  {
    label: "Administrateur.trice.s du CA",
    people: ["Louise", "Pierre", "Nicole"],
    current: [
      [2, 6, 2],
      [3, 5, 2],
      [1, 7, 2],
    ],
    desired: [
      [3, 5, 2],
      [3, 5, 2],
      [3, 5, 2],
    ],
    piste: "Garder la représentation à la table de quartier",
  },
] as const satisfies readonly {
  label: string;
  people: readonly string[];
  current: readonly Tokens[];
  desired: readonly Tokens[];
  piste: string;
}[];

/** The mean of a group's answers, in tokens (whole numbers for these groups). */
function meanTokens(answers: readonly Tokens[]): Tokens {
  const mean = (i: 0 | 1 | 2) => Math.round(answers.reduce((sum, tokens) => sum + tokens[i], 0) / answers.length);
  return [mean(0), mean(1), mean(2)];
}

const PISTES = {
  committee: "Créer un comité de membres pour la programmation",
  table: "Maintenir la représentation à la table de quartier",
};

/**
 * With E2E_SCREENSHOTS=<folder>, a facilitator page is photographed at
 * 1280 px and at phone width, to look at (nothing is compared).
 */
async function photograph(page: Page, path: string, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  const phone = await page.context().newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [shot, width] of [
    [page, 1280],
    [phone, 390],
  ] as const) {
    await shot.goto(path);
    await shot.screenshot({ path: `${folder}/${name}-${width}.png`, fullPage: true });
  }
  await phone.close();
}

const photographDashboard = (page: Page, demarcheId: string, phase: string) =>
  photograph(page, `/demarches/${demarcheId}`, `dashboard-${phase}`);

/** Every page a participant may open; none may fail, whatever the phase. */
const PARTICIPANT_PAGES = [
  "/atelier",
  "/atelier/positionnement",
  "/atelier/groupe",
  "/suivi",
  "/rapport",
  "/rapport/reponses",
  "/mes-donnees",
];

/**
 * A participant opens every page of theirs: each answers, each leads back to
 * their space, and their space links to what concerns them at this phase.
 */
async function checkParticipantPages(
  browser: Browser,
  returnCode: string,
  expected: { board: boolean; followUp: boolean },
) {
  const page = await participantPage(browser, returnCode);
  for (const path of PARTICIPANT_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers`).toBe(200);
    if (path !== "/atelier") {
      await expect(
        page.getByRole("link", { name: "← Retour à mon espace" }).first(),
        `${path} leads back`,
      ).toBeVisible();
    }
  }
  await page.goto("/atelier");
  await expect(
    page.getByRole("link", { name: /^(Faire mon positionnement|Revoir mes réponses|Voir mes réponses)$/ }),
  ).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Résultats du groupe" })).toHaveCount(1);
  const links = page.getByRole("navigation", { name: "Dans cette démarche" });
  await expect(links.getByRole("link", { name: "Mes données et mes droits" })).toBeVisible();
  await expect(links.getByRole("link", { name: "Rapport pour le conseil d'administration" })).toHaveCount(
    expected.board ? 1 : 0,
  );
  await expect(links.getByRole("link", { name: "Répondre aux pistes au nom du CA" })).toHaveCount(
    expected.board ? 1 : 0,
  );
  await expect(links.getByRole("link", { name: "La réponse du CA et la réaction de mon groupe" })).toHaveCount(
    expected.followUp ? 1 : 0,
  );
  await page.context().close();
}

test("a whole démarche, from an empty database to its closing", async ({ browser }) => {
  test.setTimeout(600_000);
  const facilitatorContext = await browser.newContext();
  const f = await facilitatorContext.newPage();

  // ── Set-up ────────────────────────────────────────────────────────────────
  await signUpFirstFacilitator(f, FACILITATOR);
  const demarcheId = await createFirstDemarche(f, DEMARCHE);
  const codes: string[] = [];
  for (const group of GROUPS) codes.push(await readInvitationCode(f, demarcheId, group.label));

  // ── Three groups of three join and are admitted; each keeps their return code ─
  const returnCodes: string[][] = [];
  for (const [g, group] of GROUPS.entries()) {
    const groupCodes: string[] = [];
    for (const name of group.people) {
      const person = await joinAndAdmit(browser, facilitatorContext, demarcheId, codes[g]!, name);
      groupCodes.push(person.returnCode);
      await person.context.close();
    }
    returnCodes.push(groupCodes);
  }

  // A board member and a destinataire check their pages at each phase.
  const checkPages = async (board: boolean, followUp: boolean) => {
    await checkParticipantPages(browser, returnCodes[2]![0]!, { board, followUp });
    await checkParticipantPages(browser, returnCodes[1]![0]!, { board: false, followUp });
  };
  await checkPages(false, false);

  await photographDashboard(f, demarcheId, "1-preparation");
  await f.goto(`/demarches/${demarcheId}`);
  await expect(f.getByText("Tout est prêt pour passer à l'étape « Ateliers ».")).toBeVisible();
  await advancePhase(f, demarcheId, "Ateliers");
  await photographDashboard(f, demarcheId, "2-ateliers");

  // ── Each person positions themselves with the tokens ───────────────────────
  for (const [g, group] of GROUPS.entries()) {
    for (const [p] of group.people.entries()) {
      const page = await participantPage(browser, returnCodes[g]![p]!);
      await positionWithTokens(page, {
        current: group.current[p]!,
        desired: group.desired[p]!,
        why: p === 0 ? `Ce que voit le groupe des ${group.label}.` : undefined,
        hinders: p === 1 ? "Le manque de temps." : undefined,
      });
      await page.context().close();
    }
  }

  await checkPages(false, false);

  // ── Each group settles on its position, notes a condition and a piste, releases ─
  for (const group of GROUPS) {
    await projectGroupView(f, demarcheId, group.label);
    await expect(f.getByText("3 réponses confirmées · 3 personnes dans le groupe")).toBeVisible();
    // Three answers are too few to project their mean (decision 013): the group places it with the tokens.
    await goToSlide(f, /La position du groupe/);
    await expect(f.getByRole("button", { name: "Partir de la moyenne des réponses" })).toHaveCount(0);
    await agreeOnTokens(f, {
      current: meanTokens(group.current),
      desired: meanTokens(group.desired),
      level: "Consensus",
      justification: `La moyenne du groupe des ${group.label}.`,
    });
    await addGroupCondition(f, { kind: "entrave", theme: "Temps", text: "Les horaires chargés." });
    await addGroupPiste(f, { orientation: "Changer de cap", text: group.piste });
    await releaseGroupResults(f, group.label);
  }

  // ── Mise en commun: at least one convergence and one divergence ──────────────
  await advancePhase(f, demarcheId, "Mise en commun");
  await photographDashboard(f, demarcheId, "3-mise-en-commun");
  await f.goto(`/demarches/${demarcheId}`);
  // The dashboard says what to do, and why the CA cannot receive anything yet.
  await expect(f.getByTestId("phase-blockers")).toContainText("Aucune piste n'a encore été retenue pour le CA");
  await expect(f.getByRole("button", { name: "Passer à l'étape « Transmission au CA »" })).toHaveCount(0);
  await f.getByRole("link", { name: /^Tenez la réunion de mise en commun/ }).click();
  await expect(f.getByRole("heading", { level: 1, name: "Mise en commun" })).toBeVisible();
  await expectConvergenceAndDivergence(f);
  await expect(f.getByTestId("verdicts-convergence")).toContainText(`${GROUPS[0].label} et ${GROUPS[1].label}`);
  await expect(f.getByTestId("verdicts-divergence")).toContainText(GROUPS[2].label);
  await expect(f.getByTestId("shared-themes")).toContainText("Temps");
  await checkPages(false, false);

  await recordPiste(f, {
    orientation: "Changer de cap",
    title: PISTES.committee,
    description: "Des membres choisissent les activités avec l'équipe.",
    groups: [GROUPS[0].label, GROUPS[1].label],
  });
  await recordPiste(f, {
    orientation: "Consolider des acquis",
    title: PISTES.table,
    groups: [GROUPS[2].label],
    arbitrage: "Les intervenant.e.s voudraient y déléguer des membres.",
  });

  // ── Transmission au CA: the board reads the report, downloads the PDF, answers ─
  await advancePhase(f, demarcheId, "Transmission au CA");
  await photographDashboard(f, demarcheId, "4-transmission");
  await f.goto(`/demarches/${demarcheId}`);
  await expect(f.getByTestId("phase-blockers")).toContainText(
    "Le rapport des délégué.e.s du CA n'est pas encore publié",
  );
  await expect(f.getByRole("link", { name: /^Recueillez la réponse du CA à chaque piste/ })).toHaveAttribute(
    "href",
    `/demarches/${demarcheId}/rapport/reponses`,
  );
  await checkPages(true, false);
  const board = await participantPage(browser, returnCodes[2]![0]!);
  await board.getByRole("link", { name: "Rapport pour le conseil d'administration" }).click();
  await expect(
    board.getByRole("heading", { level: 1, name: "Rapport de synthèse au conseil d'administration" }),
  ).toBeVisible();
  await expect(board.getByTestId("arbitrage-list")).toContainText(PISTES.table);
  const pdf = await download(board, "Télécharger le rapport (PDF)");
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdfTextContent(pdf.bytes).replace(/\s+/g, " ")).toContain(DEMARCHE.name);

  await board.getByRole("link", { name: "Répondre aux pistes au nom du CA" }).click();
  await answerPiste(board, {
    piste: PISTES.committee,
    decision: "Retenue",
    reasons: "Deux groupes l'ont nommée.",
    responsible: "La coordination",
    dueDate: "2028-10-31",
  });
  await answerPiste(board, {
    piste: PISTES.table,
    decision: "Retenue",
    reasons: "Elle fonctionne.",
    responsible: "La présidence",
    dueDate: "2028-12-15",
  });
  await board.reload();
  await publishCaReport(board);
  await board.context().close();

  // ── Suivi: each group reacts to the CA's answers ─────────────────────────────
  await advancePhase(f, demarcheId, "Suivi");
  await photographDashboard(f, demarcheId, "5-suivi");
  await checkPages(true, true);
  for (const [g, group] of GROUPS.entries()) {
    const page = await participantPage(browser, returnCodes[g]![1]!);
    await page.getByRole("link", { name: "La réponse du CA et la réaction de mon groupe" }).click();
    await expect(page.getByTestId("ca-answer").first()).toContainText("Décision : Retenue");
    await reactAsGroup(page, `Le groupe des ${group.label} a lu les réponses.`);
    await page.context().close();
  }
  await f.goto(`/demarches/${demarcheId}/rapport`);
  for (const group of GROUPS) {
    await expect(f.getByTestId("reaction-list")).toContainText(`Le groupe des ${group.label} a lu les réponses.`);
  }

  // ── Clôture ──────────────────────────────────────────────────────────────────
  await advancePhase(f, demarcheId, "Clôturée");
  await photographDashboard(f, demarcheId, "6-cloturee");
  await photograph(f, `/demarches/${demarcheId}/parametres`, "settings");
  await f.goto(`/demarches/${demarcheId}`);
  await checkPages(true, true);
  await expect(f.getByText("Cette démarche est clôturée.", { exact: false })).toBeVisible();
  const after = await participantPage(browser, returnCodes[0]![2]!);
  await after.goto("/suivi");
  await expect(after.getByText("La démarche est clôturée : merci de votre participation!")).toBeVisible();
  await after.context().close();
  await facilitatorContext.close();
});
