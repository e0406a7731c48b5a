import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/server/auth/viewer";
import { getCaWorkspace } from "@/server/ca/get-ca-workspace";
import { getFollowUp } from "@/server/ca/get-follow-up";
import { publishCaReport } from "@/server/ca/publish-ca-report";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { saveCaSummary } from "@/server/ca/save-ca-summary";
import { saveGroupReaction } from "@/server/ca/save-group-reaction";
import { db } from "@/server/db";
import { exportDemarcheJson, EXPORT_FORMAT, EXPORT_VERSION } from "@/server/exports/export-demarche-json";
import { deletePlenaryPiste } from "@/server/plenary/delete-plenary-piste";
import { getPlenaryWorkspace } from "@/server/plenary/get-plenary-workspace";
import { savePlenaryPiste } from "@/server/plenary/save-plenary-piste";
import { getReport } from "@/server/report/get-report";
import {
  advanceTo,
  makeDemarche,
  makeFacilitatorViewer,
  makePlenaryDemarche,
  setPhase,
  signInParticipant,
} from "../../support/factories";

async function plenary() {
  const facilitator = await makeFacilitatorViewer();
  const d = await makePlenaryDemarche(facilitator);
  const piste = (title: string, extra: Partial<Parameters<typeof savePlenaryPiste>[1]> = {}) =>
    savePlenaryPiste(facilitator, {
      demarcheId: d.demarcheId,
      orientation: "changer-de-cap",
      title,
      description: "",
      supportGroupIds: [d.groupId("intervenants"), d.groupId("destinataires")],
      needsArbitrage: false,
      arbitrageNote: "",
      ...extra,
    });
  return { facilitator, d, piste };
}

describe("the mise en commun", () => {
  it("shows the released groups' convergence and divergence, shared themes and opposite movements", async () => {
    const { facilitator, d } = await plenary();
    const { model, pisteEditRefusal } = await getPlenaryWorkspace(facilitator, d.demarcheId);
    expect(pisteEditRefusal).toBeNull();
    const verdicts = model.pairs.map((p) => [p.a.label, p.b.label, p.current.verdict]);
    expect(verdicts).toContainEqual(["Intervenant.e.s", "Destinataires", "convergence"]);
    expect(verdicts).toContainEqual(["Intervenant.e.s", "Administrateur.trice.s du CA", "divergence"]);
    expect(model.sharedThemes.map((t) => [t.label, t.groups.length])).toEqual([["Financement", 3]]);
    expect(model.oppositeMovements.map((m) => m.mandate)).toEqual(["expertise", "representation"]);
    // Each group's own proposals are there to be merged.
    expect(model.groups.flatMap((g) => g.pistes.map((p) => p.title))).toHaveLength(3);
  });

  it("records pistes with their supporting groups and arbitrage points; edits and deletes them", async () => {
    const { facilitator, d, piste } = await plenary();
    const { pisteId } = await piste("Un comité de membres");
    await piste("Assemblée de saison", {
      supportGroupIds: [d.groupId("destinataires")],
      needsArbitrage: true,
      arbitrageNote: "Le CA préfère un point à l'AGA.",
    });
    await savePlenaryPiste(facilitator, {
      demarcheId: d.demarcheId,
      pisteId,
      orientation: "consolider",
      title: "Un comité de membres (révisé)",
      description: "Quatre rencontres",
      supportGroupIds: [d.groupId("administrateurs")],
      needsArbitrage: false,
      arbitrageNote: "ignoré",
    });
    let { model } = await getReport(facilitator, d.demarcheId);
    expect(
      model.pistes.map((p) => [p.title, p.orientation, p.supportingGroups.map((g) => g.label), p.needsArbitrage]),
    ).toEqual([
      ["Un comité de membres (révisé)", "consolider", ["Administrateur.trice.s du CA"], false],
      ["Assemblée de saison", "changer-de-cap", ["Destinataires"], true],
    ]);
    expect(model.pistes[0]!.arbitrageNote).toBe("");
    await deletePlenaryPiste(facilitator, { pisteId });
    ({ model } = await getReport(facilitator, d.demarcheId));
    expect(model.pistes.map((p) => p.title)).toEqual(["Assemblée de saison"]);
  });

  it("refuses another démarche's group as support, another facilitator, participants, and the wrong phases", async () => {
    const { facilitator, d, piste } = await plenary();
    const elsewhere = await makeDemarche(facilitator, "Autre");
    await expect(piste("X", { supportGroupIds: [elsewhere.groups[0]!.id] })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { supportGroupIds: "report.unknownGroup" },
    });
    const other = await makeFacilitatorViewer();
    await expect(getPlenaryWorkspace(other, d.demarcheId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const participant = await signInParticipant(d.participants.intervenants[0]!);
    await expect(getPlenaryWorkspace(participant, d.demarcheId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { pisteId } = await piste("Gardée");
    await expect(deletePlenaryPiste(other, { pisteId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A group's own proposal is not a plenary piste.
    const groupPiste = await db.piste.findFirstOrThrow({ where: { demarcheId: d.demarcheId, groupId: { not: null } } });
    await expect(deletePlenaryPiste(facilitator, { pisteId: groupPiste.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await setPhase(d.demarcheId, "ateliers");
    await expect(piste("Trop tôt")).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "report.tooEarly" });
    await setPhase(d.demarcheId, "suivi");
    await expect(piste("Trop tard")).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "report.tooLate" });
  });
});

describe("the CA's answer and the groups' reactions", () => {
  it("runs from the transmitted report to the closed démarche", async () => {
    const { facilitator, d, piste } = await plenary();
    const first = await piste("Un comité de membres");
    const second = await piste("Assemblée de saison", { needsArbitrage: true, arbitrageNote: "À trancher" });
    const board = await signInParticipant(d.participants.administrateurs[0]!);
    const staff = await signInParticipant(d.participants.intervenants[0]!);
    const served = await signInParticipant(d.participants.destinataires[1]!);

    // Before transmission the board sees nothing and nobody answers.
    await expect(getReport(board, d.demarcheId)).rejects.toMatchObject({ code: "INVALID_STATE" });
    const answer = {
      pisteId: first.pisteId,
      decision: "retenue" as const,
      reasons: "Oui",
      responsible: "La coordination",
      dueDate: "2027-06-30",
    };
    await expect(recordCaAnswer(facilitator, answer)).rejects.toMatchObject({ messageKey: "report.tooEarly" });

    await advanceTo(facilitator, d.demarcheId, "transmission_ca");
    expect((await getReport(board, d.demarcheId)).reader).toBe("board");
    await expect(getReport(staff, d.demarcheId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getReport(ANONYMOUS, d.demarcheId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    // A board member answers one piste, the facilitator the other; staff may not.
    await recordCaAnswer(board, answer);
    await expect(
      recordCaAnswer(staff, { ...answer, pisteId: second.pisteId, decision: "non-retenue" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(publishCaReport(board, { demarcheId: d.demarcheId })).rejects.toMatchObject({
      messageKey: "report.unanswered",
      params: { count: 1 },
    });
    await recordCaAnswer(facilitator, {
      pisteId: second.pisteId,
      decision: "a-l-etude",
      reasons: "On verra",
      responsible: "ignoré",
      dueDate: "2027-01-01",
    });
    await saveCaSummary(board, { demarcheId: d.demarcheId, summary: "Merci à toutes et à tous." });
    expect((await getCaWorkspace(facilitator, d.demarcheId)).publishRefusal).toBeNull();
    const answers = await db.caAnswer.findMany({ orderBy: { decision: "asc" } });
    expect(answers.map((a) => [a.decision, a.answeredBy, a.responsible])).toEqual([
      ["a-l-etude", `facilitator:${facilitator.facilitatorId}`, ""],
      ["retenue", `participant:${board.participantId}`, "La coordination"],
    ]);

    // Nothing reaches participants before publication; pistes freeze after it.
    expect((await getFollowUp(served)).published).toBe(false);
    await publishCaReport(facilitator, { demarcheId: d.demarcheId });
    await expect(piste("Après coup")).rejects.toMatchObject({ messageKey: "report.published" });
    const followUp = await getFollowUp(served);
    expect(followUp.published && followUp.pistes.map((p) => p.answer?.decision)).toEqual(["retenue", "a-l-etude"]);
    expect(followUp.published && followUp.ownGroup.refusal).toBe("tooEarly");
    await expect(saveGroupReaction(served, { text: "Trop tôt" })).rejects.toMatchObject({
      messageKey: "report.tooEarly",
    });

    // Follow-up: each group reacts; the last edit wins; a participant writes only for their own group.
    await advanceTo(facilitator, d.demarcheId, "suivi");
    // Naming another group is refused, not silently redirected to one's own (issue 15 §4).
    await expect(
      saveGroupReaction(served, { groupId: d.groupId("administrateurs"), text: "Pour un autre groupe" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await saveGroupReaction(served, { text: "Première version" });
    await saveGroupReaction(await signInParticipant(d.participants.destinataires[2]!), {
      text: "Nous sommes contents.",
    });
    await saveGroupReaction(staff, { text: "L'équipe suivra le comité." });
    await saveGroupReaction(facilitator, {
      groupId: d.groupId("administrateurs"),
      text: "Le CA fera un bilan à l'AGA.",
    });
    const after = await getFollowUp(staff);
    expect(after.published && after.reactions.map((r) => [r.group.label, r.text])).toEqual([
      ["Intervenant.e.s", "L'équipe suivra le comité."],
      ["Destinataires", "Nous sommes contents."],
      ["Administrateur.trice.s du CA", "Le CA fera un bilan à l'AGA."],
    ]);
    const other = await makeFacilitatorViewer();
    await expect(saveGroupReaction(other, { groupId: d.groupId("destinataires"), text: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // Closed: read-only.
    await advanceTo(facilitator, d.demarcheId, "cloturee");
    await expect(saveGroupReaction(staff, { text: "Encore" })).rejects.toMatchObject({ messageKey: "report.closed" });
    await expect(recordCaAnswer(facilitator, answer)).rejects.toMatchObject({ messageKey: "report.closed" });
    await expect(saveCaSummary(facilitator, { demarcheId: d.demarcheId, summary: "" })).rejects.toMatchObject({
      messageKey: "report.closed",
    });
    await expect(deletePlenaryPiste(facilitator, { pisteId: first.pisteId })).rejects.toMatchObject({
      messageKey: "report.closed",
    });
    const closed = await getReport(board, d.demarcheId);
    expect(closed.model.reactions).toHaveLength(3);
    expect(closed.model.pistes.every((p) => p.answer !== null)).toBe(true);
  });
});

describe("the JSON export", () => {
  it("is the documented format, for the facilitator only, without names", async () => {
    const { facilitator, d, piste } = await plenary();
    await piste("Un comité de membres");
    const { document, json, fileName } = await exportDemarcheJson(facilitator, d.demarcheId);
    expect(document).toMatchObject({ format: EXPORT_FORMAT, formatVersion: EXPORT_VERSION });
    expect(document.demarche.archivedAt).toBeNull();
    expect(Object.keys(document)).toEqual([
      "format",
      "formatVersion",
      "exportedAt",
      "demarche",
      "method",
      "meetings",
      "participation",
      "groups",
      "pairs",
      "overall",
      "sharedThemes",
      "oppositeMovements",
      "pistes",
      "caReport",
      "reactions",
      "previousCycle",
    ]);
    expect(JSON.parse(json)).toEqual(document);
    expect(fileName).toBe("regards-croises-demarche-en-mise-en-commun.json");
    for (const name of ["Mireille", "Jonathan", "Aïcha", "Gisèle", "Claudette", "Nous décidons souvent seuls"]) {
      expect(json).not.toContain(name);
    }
    const board = await signInParticipant(d.participants.administrateurs[0]!);
    await expect(exportDemarcheJson(board, d.demarcheId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.auditEvent.count({ where: { demarcheId: d.demarcheId, action: "demarche.export" } })).toBe(1);
  });
});
