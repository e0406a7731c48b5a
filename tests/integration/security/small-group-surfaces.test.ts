import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/ReportView";
import type { ReportModel } from "@/domain/report-model";
import type { FacilitatorViewer, ParticipantViewer, Viewer } from "@/server/auth/viewer";
import { getCaWorkspace } from "@/server/ca/get-ca-workspace";
import { getFollowUp } from "@/server/ca/get-follow-up";
import { publishCaReport } from "@/server/ca/publish-ca-report";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { saveGroupReaction } from "@/server/ca/save-group-reaction";
import { getDemarcheDashboard } from "@/server/demarches/get-demarche-dashboard";
import { seedPreviousCycle } from "@/server/demo/seed-previous-cycle";
import { exportDemarcheJson } from "@/server/exports/export-demarche-json";
import { getReportPdf } from "@/server/exports/get-report-pdf";
import { getGroupsOverview } from "@/server/groups/get-groups-overview";
import { getParticipantSpace } from "@/server/participants/get-participant-space";
import { advancePhase } from "@/server/phases/advance-phase";
import { getPlenaryWorkspace } from "@/server/plenary/get-plenary-workspace";
import { savePlenaryPiste } from "@/server/plenary/save-plenary-piste";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { getReport } from "@/server/report/get-report";
import { getGroupView } from "@/server/workshops/get-group-view";
import { getGroupWorkshop } from "@/server/workshops/get-group-workshop";
import { listReleasedGroupResults } from "@/server/workshops/list-released-group-results";
import { listWorkshopGroups } from "@/server/workshops/list-workshop-groups";
import { releaseGroupResults } from "@/server/workshops/release-group-results";
import { saveGroupAgreement } from "@/server/workshops/save-group-agreement";
import { saveGroupCondition } from "@/server/workshops/save-group-condition";
import { saveGroupPiste } from "@/server/workshops/save-group-piste";
import { answers, joinAs, makeDemarche, makeFacilitatorViewer } from "../../support/factories";
import { pdfTextContent } from "../../support/pdf-text";
import { renderWithMessages } from "../../support/render-with-messages";

/**
 * Issue 15, section 4: one small group (two confirmed answers, under its
 * minimum of three, released like the others) run through every surface
 * that shows a group's results, built and read through the real server
 * functions. Nothing of it may show anywhere: no figure (its people's
 * positions, their mean, its agreed position), no point, no quote (its
 * people's reasons, its collective texts, its reaction), and no « total minus
 * the others » (an overall figure that includes it, from which the other
 * groups' figures would let one subtract it back).
 */

type Triple = [number, number, number];
type Person = { name: string; current: Triple; desired: Triple; marker: string };

// Values no other group can produce (theirs are multiples of 10, their means thirds of them).
const SMALL: Person[] = [
  { name: "Pénélope Small", current: [637, 251, 112], desired: [173, 419, 408], marker: "Pangolin" },
  { name: "Zébulon Small", current: [571, 213, 216], desired: [229, 347, 424], marker: "Axolotl" },
];
const SMALL_MEAN = { current: [604, 232, 164] as Triple, desired: [201, 383, 416] as Triple };
const SMALL_AGREED = { current: [583, 239, 178] as Triple, desired: [197, 391, 412] as Triple };
/** Words only the small group's texts contain: its people's reasons, its collective work, its reaction. */
const SMALL_WORDS = ["Pangolin", "Axolotl", "Quetzal", "Tardigrade", "Narval", "Capybara", "Okapi"];
const SMALL_FIGURES = [
  ...SMALL.flatMap((p) => [...p.current, ...p.desired]),
  ...SMALL_MEAN.current,
  ...SMALL_MEAN.desired,
  ...SMALL_AGREED.current,
  ...SMALL_AGREED.desired,
];

const big = (n: number): Person => {
  const e = 200 + ((n * 70) % 400);
  const r = 100 + ((n * 130) % (800 - e));
  return {
    name: `Personne ${n}`,
    current: [e, r, 1000 - e - r],
    desired: [Math.max(0, e - 150), r, 1000 - Math.max(0, e - 150) - r],
    marker: `Commun${n}`,
  };
};

let facilitator: FacilitatorViewer;
let demarcheId: string;
let groupIds: { intervenants: string; destinataires: string; administrateurs: string };
let smallMembers: ParticipantViewer[];
let otherMember: ParticipantViewer;
let boardMember: ParticipantViewer;
let bigPeople: Record<"intervenants" | "administrateurs", Person[]>;

const personAnswers = (p: Person) =>
  answers(p.current, p.desired, {
    currentWhy: `Raison ${p.marker}`,
    currentExamples: `Exemple ${p.marker}`,
    desiredWhy: `Souhait ${p.marker}`,
    desiredExamples: `Pratique ${p.marker}`,
    conditionsHinder: `Entrave ${p.marker}`,
    conditionsSupport: `Appui ${p.marker}`,
  });

beforeAll(async () => {
  facilitator = await makeFacilitatorViewer();
  const d = await makeDemarche(facilitator, "Démarche au petit groupe");
  demarcheId = d.demarcheId;
  const inv = (kind: string) => d.invitations.find((i) => i.group.kind === kind)!;
  groupIds = {
    intervenants: inv("intervenants").group.id,
    destinataires: inv("destinataires").group.id,
    administrateurs: inv("administrateurs").group.id,
  };
  // The earlier cycle, so the report compares the cycles.
  await seedPreviousCycle(facilitator, demarcheId);

  bigPeople = { intervenants: [0, 1, 2].map(big), administrateurs: [3, 4, 5].map(big) };
  const joined: [ParticipantViewer, Person][] = [];
  for (const kind of ["intervenants", "administrateurs"] as const)
    for (const p of bigPeople[kind]) joined.push([await joinAs(inv(kind).token, demarcheId, p.name), p]);
  smallMembers = [];
  for (const p of SMALL) {
    const v = await joinAs(inv("destinataires").token, demarcheId, p.name);
    smallMembers.push(v);
    joined.push([v, p]);
  }
  otherMember = joined[0]![0];
  boardMember = joined[3]![0];

  const advance = (from: "preparation" | "ateliers" | "mise_en_commun" | "transmission_ca") =>
    advancePhase(facilitator, { demarcheId, from, overrideReason: "Le petit groupe a travaillé à deux" });
  await advance("preparation");
  for (const [viewer, p] of joined) await submitMyPosition(viewer, personAnswers(p));

  const work = async (groupId: string, agreed: { current: Triple; desired: Triple }, word: string) => {
    await saveGroupAgreement(facilitator, {
      groupId,
      current: fromPerMilleInput(agreed.current),
      desired: fromPerMilleInput(agreed.desired),
      decisionMode: "consensus",
      justification: `Justification ${word}`,
      examples: `Exemples ${word}`,
      participantCount: null,
    });
    await saveGroupCondition(facilitator, {
      groupId,
      kind: "entrave",
      theme: "Financement",
      text: `Condition ${word}`,
    });
    await saveGroupPiste(facilitator, { groupId, orientation: "consolider", title: `Piste ${word}`, description: "" });
  };
  await work(groupIds.intervenants, { current: [600, 200, 200], desired: [300, 300, 400] }, "Commune");
  await work(groupIds.administrateurs, { current: [500, 300, 200], desired: [400, 300, 300] }, "Commune");
  // The small group's collective work, typed by the facilitator in the room.
  await saveGroupAgreement(facilitator, {
    groupId: groupIds.destinataires,
    current: fromPerMilleInput(SMALL_AGREED.current),
    desired: fromPerMilleInput(SMALL_AGREED.desired),
    decisionMode: "consensus",
    justification: "Justification Quetzal",
    examples: "Exemples Tardigrade",
    participantCount: null,
  });
  await saveGroupCondition(facilitator, {
    groupId: groupIds.destinataires,
    kind: "entrave",
    theme: "Financement",
    text: "Condition Narval",
  });
  await saveGroupPiste(facilitator, {
    groupId: groupIds.destinataires,
    orientation: "changer-de-cap",
    title: "Piste Capybara",
    description: "",
  });
  for (const groupId of Object.values(groupIds)) await releaseGroupResults(facilitator, { groupId });

  await advance("ateliers");
  const { pisteId } = await savePlenaryPiste(facilitator, {
    demarcheId,
    orientation: "consolider",
    title: "Maintenir l'accueil sans rendez-vous",
    description: "Retenue en plénière.",
    supportGroupIds: [groupIds.intervenants, groupIds.administrateurs],
    needsArbitrage: false,
    arbitrageNote: "",
  });
  await advance("mise_en_commun");
  await recordCaAnswer(facilitator, {
    pisteId,
    decision: "retenue",
    reasons: "Le CA en a discuté.",
    responsible: "La coordination",
    dueDate: "2027-06-30",
  });
  await publishCaReport(facilitator, { demarcheId });
  await advance("transmission_ca");
  // A group under its minimum gives no reaction (decision 009): nothing of it to show.
  await expect(saveGroupReaction(smallMembers[0]!, { text: "Réaction Okapi" })).rejects.toMatchObject({
    code: "INVALID_STATE",
  });
  await saveGroupReaction(otherMember, { text: "Réaction commune" });
}, 120_000);

/** The per-mille triple as the agreement form sends it. */
function fromPerMilleInput([expertise, representation, participation]: Triple) {
  return { expertise, representation, participation };
}

/** Every number in a value, as per mille when it is a share (0..1), for comparison with SMALL_FIGURES. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value, value * 1000, value * 100 * 10];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value instanceof Date) return [];
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

/** Asserts that nothing of the small group shows in a surface's data and text. */
function expectNothingOfTheSmallGroup(surface: string, data: unknown, text = "") {
  const all = JSON.stringify(data) + text;
  for (const word of SMALL_WORDS) expect(all, `${surface} shows « ${word} »`).not.toContain(word);
  const figures = numbersIn(data).filter((n) => SMALL_FIGURES.some((f) => Math.abs(n - f) < 0.5));
  expect(figures, `${surface} shows a figure of the small group`).toEqual([]);
  // Shown as a percentage with one decimal (« 60,4 % »), or the small group's members' names.
  for (const f of SMALL_FIGURES) {
    const percent = (f / 10).toFixed(1);
    expect(text, `${surface} prints ${percent} %`).not.toMatch(new RegExp(`\\b${percent.replace(".", "[.,]")}\\b`));
  }
}

/** The mean of the shown groups' positions: what `overall` must be, whatever the small group holds. */
function expectOverallWithoutTheSmallGroup(model: ReportModel) {
  const shown = model.groups.filter((g) => g.positions !== null);
  expect(shown.map((g) => g.id).sort()).toEqual([groupIds.intervenants, groupIds.administrateurs].sort());
  const small = model.groups.find((g) => g.id === groupIds.destinataires)!;
  expect(small.status).toBe("too-small");
  expect(small.positions).toBeNull();
  expect(small.dispersion).toBeNull();
  expect([small.justification, small.examples, small.conditions, small.pistes]).toEqual(["", "", [], []]);
  for (const key of ["current", "desired"] as const) {
    const mean = (["expertise", "representation", "participation"] as const).map(
      (m) => shown.reduce((sum, g) => sum + g.positions![key][m], 0) / shown.length,
    );
    const overall = model.overall[key]!;
    expect([overall.expertise, overall.representation, overall.participation].map((v, i) => v - mean[i]!)).toEqual(
      [0, 0, 0].map(() => expect.closeTo(0, 9)),
    );
  }
  // Pairs, themes and movements name only shown groups.
  const named = JSON.stringify([model.pairs, model.sharedThemes, model.oppositeMovements, model.pistes]);
  expect(named).not.toContain(groupIds.destinataires);
  expect(JSON.stringify(model.reactions)).not.toContain(groupIds.destinataires);
  // The previous-cycle comparison has no row for it (it has no figures now).
  expect(model.previousCycle, "the report compares with the earlier cycle").not.toBeNull();
  expect(model.previousCycle!.rows.map((r) => r.kind)).not.toContain("destinataires");
}

describe("a released group of two confirmed answers shows nothing anywhere", () => {
  it("its own page (each of its two members)", async () => {
    for (const member of smallMembers) {
      const view = await getGroupView(member, groupIds.destinataires);
      expectNothingOfTheSmallGroup("the group's own page", view);
      expectNothingOfTheSmallGroup("the participant's space", await getParticipantSpace(member));
    }
  });

  it("its projection (the facilitator's screen in the room)", async () => {
    expectNothingOfTheSmallGroup("the projection", await getGroupView(facilitator, groupIds.destinataires));
  });

  it("other groups' pages (released results, as a member of another group)", async () => {
    const released = await listReleasedGroupResults(otherMember);
    expectNothingOfTheSmallGroup("other groups' pages", released);
    await expect(getGroupView(otherMember, groupIds.destinataires)).rejects.toMatchObject({
      code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/),
    });
  });

  it("the mise en commun and its projection, with shared themes and opposite movements", async () => {
    const workspace = await getPlenaryWorkspace(facilitator, demarcheId);
    expectNothingOfTheSmallGroup("the mise en commun", workspace);
    expectOverallWithoutTheSmallGroup(workspace.model);
  });

  it("the report page (data and rendered page), the CA's workspace and the follow-up", async () => {
    for (const viewer of [facilitator, boardMember] as Viewer[]) {
      const { model } = await getReport(viewer, demarcheId);
      expectOverallWithoutTheSmallGroup(model);
      const html = renderWithMessages(createElement(ReportView, { model }));
      expectNothingOfTheSmallGroup("the report page", model, html);
    }
    expectNothingOfTheSmallGroup("the CA's workspace", await getCaWorkspace(boardMember, demarcheId));
    expectNothingOfTheSmallGroup("the follow-up of another group", await getFollowUp(otherMember));
    for (const member of smallMembers) {
      // Too small to give a reaction (refused above): their form holds nothing.
      const { ownGroup, ...rest } = await getFollowUp(member);
      expect(ownGroup?.reaction ?? "").toBe("");
      expectNothingOfTheSmallGroup("the follow-up of the small group", rest);
    }
  });

  it("the PDF", async () => {
    const { pdf } = await getReportPdf(facilitator, demarcheId);
    const text = pdfTextContent(pdf);
    expect(text, "the PDF's text is readable").toContain("Maintenir");
    expectNothingOfTheSmallGroup("the PDF", {}, text);
  });

  it("the JSON export", async () => {
    const json = await exportDemarcheJson(facilitator, demarcheId);
    expectNothingOfTheSmallGroup("the JSON export", json);
  });

  it("the facilitator's dashboard, groups and ateliers pages", async () => {
    expectNothingOfTheSmallGroup("the dashboard", await getDemarcheDashboard(facilitator, demarcheId));
    expectNothingOfTheSmallGroup("the groups page", await getGroupsOverview(facilitator, demarcheId));
    expectNothingOfTheSmallGroup("the ateliers list", await listWorkshopGroups(facilitator, demarcheId));
  });

  it("the facilitator's in-room work page shows no figure or quote of its people", async () => {
    // The facilitator typed the collective work there; what its people answered stays hidden.
    const workshop = await getGroupWorkshop(facilitator, groupIds.destinataires);
    const peopleWords = SMALL.map((p) => p.marker);
    for (const word of peopleWords) expect(JSON.stringify(workshop)).not.toContain(word);
    const peopleFigures = [
      ...SMALL.flatMap((p) => [...p.current, ...p.desired]),
      ...SMALL_MEAN.current,
      ...SMALL_MEAN.desired,
    ];
    expect(numbersIn(workshop).filter((n) => peopleFigures.some((f) => Math.abs(n - f) < 0.5))).toEqual([]);
  });
});
