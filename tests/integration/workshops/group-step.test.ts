import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { closeWorkshop } from "@/server/workshops/close-workshop";
import { deleteGroupCondition } from "@/server/workshops/delete-group-condition";
import { deleteGroupPiste } from "@/server/workshops/delete-group-piste";
import { getGroupView } from "@/server/workshops/get-group-view";
import { releaseGroupResults } from "@/server/workshops/release-group-results";
import { reopenWorkshop } from "@/server/workshops/reopen-workshop";
import { saveGroupAgreement } from "@/server/workshops/save-group-agreement";
import { saveGroupCondition } from "@/server/workshops/save-group-condition";
import { saveGroupPiste } from "@/server/workshops/save-group-piste";
import { undoGroupRelease } from "@/server/workshops/undo-group-release";
import { advanceTo, answers, makeFacilitatorViewer, makeWorkshop } from "../../support/factories";

const AGREEMENT = {
  current: { expertise: 500, representation: 250, participation: 250 },
  desired: { expertise: 300, representation: 200, participation: 500 },
  decisionMode: "consensus" as const,
  justification: "Le groupe s'entend.",
  examples: "Le comité de programmation.",
  participantCount: null,
};

async function auditActions(demarcheId: string) {
  const rows = await db.auditEvent.findMany({ where: { demarcheId }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.action);
}

describe("the group step", () => {
  it("records the agreed positions, how the group decided and why, and updates them", async () => {
    const { facilitator, groupA, demarcheId } = await makeWorkshop();
    await saveGroupAgreement(facilitator, { groupId: groupA.id, ...AGREEMENT });
    await saveGroupAgreement(facilitator, { groupId: groupA.id, ...AGREEMENT, decisionMode: "majorite" });
    const { figures } = await getGroupView(facilitator, groupA.id);
    expect(figures.agreement).toMatchObject({ ...AGREEMENT, decisionMode: "majorite" });
    expect(await auditActions(demarcheId)).toContain("group.agreement.save");
  });

  it("lists conditions with their theme and pistes with their orientation; edits and deletes only the group's own", async () => {
    const { facilitator, groupA, groupB } = await makeWorkshop();
    const { conditionId } = await saveGroupCondition(facilitator, {
      groupId: groupA.id,
      kind: "entrave",
      theme: "Temps",
      text: "Les dossiers débordent",
    });
    await saveGroupCondition(facilitator, {
      groupId: groupA.id,
      conditionId,
      kind: "entrave",
      theme: "Temps",
      text: "Débordés",
    });
    const { pisteId } = await saveGroupPiste(facilitator, {
      groupId: groupA.id,
      orientation: "changer-de-cap",
      title: "Un comité de participant.e.s",
      description: "",
    });
    let { figures } = await getGroupView(facilitator, groupA.id);
    expect(figures.conditions).toMatchObject([{ kind: "entrave", theme: "Temps", text: "Débordés" }]);
    expect(figures.pistes).toMatchObject([{ orientation: "changer-de-cap", title: "Un comité de participant.e.s" }]);

    // Through another group's id, the same condition is not found.
    await expect(
      saveGroupCondition(facilitator, { groupId: groupB.id, conditionId, kind: "favorise", theme: "X", text: "Y" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      saveGroupPiste(facilitator, {
        groupId: groupB.id,
        pisteId,
        orientation: "consolider",
        title: "X",
        description: "",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await deleteGroupCondition(facilitator, { conditionId });
    await deleteGroupPiste(facilitator, { pisteId });
    ({ figures } = await getGroupView(facilitator, groupA.id));
    expect(figures.conditions).toEqual([]);
    expect(figures.pistes).toEqual([]);
  });

  it("is the démarche's facilitator's alone", async () => {
    const { groupA } = await makeWorkshop({ perGroup: 1 });
    const other = await makeFacilitatorViewer();
    await expect(saveGroupAgreement(other, { groupId: groupA.id, ...AGREEMENT })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(closeWorkshop(other, { groupId: groupA.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(releaseGroupResults(other, { groupId: groupA.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("closing and releasing", () => {
  it("closing freezes the individual positions; reopening lets them change again", async () => {
    const { facilitator, groupA, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const me = groupA.people[0]!;
    await closeWorkshop(facilitator, { groupId: groupA.id });
    await expect(closeWorkshop(facilitator, { groupId: groupA.id })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(saveMyPositionDraft(me, answers([1000, 0, 0], null))).rejects.toMatchObject({ code: "INVALID_STATE" });
    // The group may still settle its synthesis once the positions are closed.
    await saveGroupAgreement(facilitator, { groupId: groupA.id, ...AGREEMENT });
    await reopenWorkshop(facilitator, { groupId: groupA.id });
    await expect(saveMyPositionDraft(me, answers([1000, 0, 0], null))).resolves.toMatchObject({ status: "draft" });
    expect(await auditActions(demarcheId)).toEqual(expect.arrayContaining(["workshop.close", "workshop.reopen"]));
  });

  it("releasing closes the workshop, freezes the group's synthesis and is recorded; undoing is recorded too", async () => {
    const { facilitator, groupA, demarcheId } = await makeWorkshop({ perGroup: 1 });
    await releaseGroupResults(facilitator, { groupId: groupA.id });
    const group = await db.group.findUniqueOrThrow({ where: { id: groupA.id } });
    expect(group.releasedAt).not.toBeNull();
    expect(group.workshopClosedAt).not.toBeNull();

    await expect(saveGroupAgreement(facilitator, { groupId: groupA.id, ...AGREEMENT })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "workshop.groupStep.released",
    });
    await expect(reopenWorkshop(facilitator, { groupId: groupA.id })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "workshop.transition.releasedFirst",
    });
    await expect(releaseGroupResults(facilitator, { groupId: groupA.id })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });

    await undoGroupRelease(facilitator, { groupId: groupA.id });
    expect((await db.group.findUniqueOrThrow({ where: { id: groupA.id } })).releasedAt).toBeNull();
    await saveGroupAgreement(facilitator, { groupId: groupA.id, ...AGREEMENT });
    expect(await auditActions(demarcheId)).toEqual(expect.arrayContaining(["group.release", "group.release.undo"]));
  });

  it("a release cannot be undone once the mise en commun has started", async () => {
    const { facilitator, groupA, demarche, demarcheId } = await makeWorkshop({ perGroup: 1 });
    for (const group of demarche.groups) await releaseGroupResults(facilitator, { groupId: group.id });
    await advanceTo(facilitator, demarcheId, "mise_en_commun");
    await expect(undoGroupRelease(facilitator, { groupId: groupA.id })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "workshop.transition.plenaryStarted",
    });
  });
});
