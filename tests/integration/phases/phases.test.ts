import { describe, expect, it } from "vitest";
import { publishCaReport } from "@/server/ca/publish-ca-report";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { saveGroupReaction } from "@/server/ca/save-group-reaction";
import { db } from "@/server/db";
import { getDemarcheDashboard } from "@/server/demarches/get-demarche-dashboard";
import { addParticipantByHand } from "@/server/groups/add-participant-by-hand";
import { advancePhase } from "@/server/phases/advance-phase";
import { getPhaseStatus } from "@/server/phases/get-phase-status";
import { savePlenaryPiste } from "@/server/plenary/save-plenary-piste";
import { stepBackPhase } from "@/server/phases/step-back-phase";
import { currentEngagementTextId, joinGroup, makeDemarche, makeFacilitatorViewer } from "../../support/factories";

async function demarcheWithGroups(sizes: [number, number, number]) {
  const viewer = await makeFacilitatorViewer();
  const d = await makeDemarche(viewer);
  for (const [index, size] of sizes.entries()) {
    await joinGroup(d.invitations[index]!.token, d.demarcheId, size, `G${index}`);
  }
  return { viewer, d };
}

async function auditOf(demarcheId: string, action: string) {
  const rows = await db.auditEvent.findMany({ where: { demarcheId, action }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => JSON.parse(r.detail) as Record<string, unknown>);
}

describe("starting the ateliers", () => {
  it("explains what is missing while a group has only two consenting participants", async () => {
    const { viewer, d } = await demarcheWithGroups([3, 3, 2]);
    const status = await getPhaseStatus(viewer, d.demarcheId);
    expect(status.advance).toMatchObject({ to: "ateliers", allowed: false, overridable: true });
    expect(status.advance.blockers).toEqual([
      {
        code: "groupTooSmall",
        overridable: true,
        groupId: d.groups[2]!.id,
        groupLabel: "Administrateur.trice.s du CA",
        count: 2,
        minSize: 3,
        missing: 1,
      },
    ]);
    await expect(advancePhase(viewer, { demarcheId: d.demarcheId, from: "preparation" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { overrideReason: "setup.overrideReasonRequired" },
    });
    expect((await db.demarche.findUniqueOrThrow({ where: { id: d.demarcheId } })).phase).toBe("preparation");
  });

  it("is allowed once every group has three, and the change is in the audit trail", async () => {
    const { viewer, d } = await demarcheWithGroups([3, 3, 2]);
    // The third board member has no device: the facilitator adds her by hand.
    await addParticipantByHand(viewer, {
      groupId: d.groups[2]!.id,
      displayName: "Nicole",
      engagementTextId: await currentEngagementTextId(d.demarcheId),
    });
    expect((await getDemarcheDashboard(viewer, d.demarcheId)).advance.allowed).toBe(true);
    expect(await advancePhase(viewer, { demarcheId: d.demarcheId, from: "preparation" })).toEqual({
      phase: "ateliers",
    });
    expect(await auditOf(d.demarcheId, "phase.change")).toEqual([
      { from: "preparation", to: "ateliers", warnings: [] },
    ]);
  });

  it("can be overridden with a reason kept in the audit detail", async () => {
    const { viewer, d } = await demarcheWithGroups([3, 1, 3]);
    await advancePhase(viewer, {
      demarcheId: d.demarcheId,
      from: "preparation",
      overrideReason: "  Les destinataires se joindront à l'atelier.  ",
    });
    const [detail] = await auditOf(d.demarcheId, "phase.change");
    expect(detail).toMatchObject({
      from: "preparation",
      to: "ateliers",
      override: {
        reason: "Les destinataires se joindront à l'atelier.",
        blockers: [{ code: "groupTooSmall", groupLabel: "Destinataires", count: 1, missing: 2 }],
      },
    });
  });

  it("does not skip a phase on a double click", async () => {
    const { viewer, d } = await demarcheWithGroups([3, 3, 3]);
    await advancePhase(viewer, { demarcheId: d.demarcheId, from: "preparation" });
    await expect(advancePhase(viewer, { demarcheId: d.demarcheId, from: "preparation" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db.demarche.findUniqueOrThrow({ where: { id: d.demarcheId } })).phase).toBe("ateliers");
  });

  it("withdrawn participants do not count", async () => {
    const { viewer, d } = await demarcheWithGroups([3, 3, 3]);
    const someone = await db.participant.findFirstOrThrow({ where: { groupId: d.groups[0]!.id } });
    await db.participant.update({ where: { id: someone.id }, data: { withdrawnAt: new Date() } });
    const status = await getPhaseStatus(viewer, d.demarcheId);
    expect(status.advance.blockers).toMatchObject([{ code: "groupTooSmall", count: 2 }]);
  });
});

describe("stepping back and later phases", () => {
  it("returns to the préparation while no position exists, not after", async () => {
    const { viewer, d } = await demarcheWithGroups([3, 3, 3]);
    await advancePhase(viewer, { demarcheId: d.demarcheId, from: "preparation" });
    expect(await stepBackPhase(viewer, { demarcheId: d.demarcheId, from: "ateliers" })).toEqual({
      phase: "preparation",
    });
    await advancePhase(viewer, { demarcheId: d.demarcheId, from: "preparation" });

    const participant = await db.participant.findFirstOrThrow({ where: { groupId: d.groups[0]!.id } });
    await db.position.create({
      data: { participantId: participant.id, groupId: d.groups[0]!.id, demarcheId: d.demarcheId },
    });
    await expect(stepBackPhase(viewer, { demarcheId: d.demarcheId, from: "ateliers" })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    expect(await auditOf(d.demarcheId, "phase.step-back")).toEqual([{ from: "ateliers", to: "preparation" }]);
  });

  it("waits for every group's results before the mise en commun, then needs a piste, the CA's published answers, and closes", async () => {
    const { viewer, d } = await demarcheWithGroups([3, 3, 3]);
    await advancePhase(viewer, { demarcheId: d.demarcheId, from: "preparation" });
    await db.group.updateMany({
      where: { id: { in: [d.groups[0]!.id, d.groups[1]!.id] } },
      data: { workshopClosedAt: new Date(), releasedAt: new Date() },
    });
    // Never overridable: the third group has not shared its results.
    await expect(
      advancePhase(viewer, { demarcheId: d.demarcheId, from: "ateliers", overrideReason: "On est pressés" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "setup.phaseBlocked" });

    await db.group.update({
      where: { id: d.groups[2]!.id },
      data: { workshopClosedAt: new Date(), releasedAt: new Date() },
    });
    await advancePhase(viewer, { demarcheId: d.demarcheId, from: "ateliers" });

    // Nothing to transmit without a piste: refused, even with a reason.
    await expect(
      advancePhase(viewer, { demarcheId: d.demarcheId, from: "mise_en_commun", overrideReason: "Plus tard" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "setup.phaseBlocked" });
    const { pisteId } = await savePlenaryPiste(viewer, {
      demarcheId: d.demarcheId,
      orientation: "changer-de-cap",
      title: "Un comité de membres",
      description: "",
      supportGroupIds: [d.groups[0]!.id],
      needsArbitrage: false,
      arbitrageNote: "",
    });
    await advancePhase(viewer, { demarcheId: d.demarcheId, from: "mise_en_commun" });

    // The suivi waits for the CA's answer and its publication.
    await expect(advancePhase(viewer, { demarcheId: d.demarcheId, from: "transmission_ca" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "setup.phaseBlocked",
    });
    await recordCaAnswer(viewer, {
      pisteId,
      decision: "a-l-etude",
      reasons: "À voir en assemblée.",
      responsible: "",
      dueDate: "",
    });
    await expect(advancePhase(viewer, { demarcheId: d.demarcheId, from: "transmission_ca" })).rejects.toMatchObject({
      messageKey: "setup.phaseBlocked",
    });
    await publishCaReport(viewer, { demarcheId: d.demarcheId });
    await advancePhase(viewer, { demarcheId: d.demarcheId, from: "transmission_ca" });

    // One group reacted; closing is allowed all the same, with warnings kept in the audit.
    await saveGroupReaction(viewer, { groupId: d.groups[0]!.id, text: "Merci au CA." });
    await advancePhase(viewer, { demarcheId: d.demarcheId, from: "suivi" });

    const closed = await db.demarche.findUniqueOrThrow({ where: { id: d.demarcheId } });
    expect(closed.phase).toBe("cloturee");
    expect(closed.closedAt).not.toBeNull();
    const changes = await auditOf(d.demarcheId, "phase.change");
    expect(changes.map((c) => [c.from, c.to, c.warnings])).toEqual([
      ["preparation", "ateliers", []],
      ["ateliers", "mise_en_commun", []],
      ["mise_en_commun", "transmission_ca", []],
      ["transmission_ca", "suivi", []],
      ["suivi", "cloturee", ["pistesUnderStudy", "groupsWithoutReaction", "closingIsFinal"]],
    ]);
    await expect(advancePhase(viewer, { demarcheId: d.demarcheId, from: "cloturee" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "setup.demarcheClosed",
    });
  });
});
