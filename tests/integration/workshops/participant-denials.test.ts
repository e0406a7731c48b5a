/**
 * One test per thing a participant must not be able to do in an atelier:
 * act in another group or démarche, or change anything once the workshop is
 * closed or the démarche is past its ateliers.
 */
import { describe, expect, it } from "vitest";
import { viewerFromSessionId } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { stepBackPhase } from "@/server/phases/step-back-phase";
import { getMyPosition } from "@/server/positions/get-my-position";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { closeWorkshop } from "@/server/workshops/close-workshop";
import { getGroupView } from "@/server/workshops/get-group-view";
import { listReleasedGroupResults } from "@/server/workshops/list-released-group-results";
import { releaseGroupResults } from "@/server/workshops/release-group-results";
import { saveGroupAgreement } from "@/server/workshops/save-group-agreement";
import { saveGroupCondition } from "@/server/workshops/save-group-condition";
import { advanceTo, answers, makeWorkshop } from "../../support/factories";

const FULL = answers([400, 300, 300], [200, 300, 500]);

describe("a participant of another group", () => {
  it("cannot read this group's view, even once this group is reportable", async () => {
    const { groupA, groupB } = await makeWorkshop();
    for (const person of groupA.people) await submitMyPosition(person, FULL);
    await expect(getGroupView(groupB.people[0]!, groupA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getGroupView(groupA.people[0]!, groupA.id)).resolves.toMatchObject({ audience: "participant" });
  });

  it("sees nothing of this group in the released results until it releases, and then only its group-level work", async () => {
    const { facilitator, groupA, groupB } = await makeWorkshop();
    for (const person of groupA.people)
      await submitMyPosition(
        person,
        answers([400, 300, 300], [200, 300, 500], { currentWhy: "Une raison personnelle" }),
      );
    await saveGroupCondition(facilitator, {
      groupId: groupA.id,
      kind: "entrave",
      theme: "Temps",
      text: "Les dossiers débordent",
    });
    const outsider = groupB.people[0]!;
    expect(await listReleasedGroupResults(outsider)).toEqual([]);

    await releaseGroupResults(facilitator, { groupId: groupA.id });
    const released = await listReleasedGroupResults(outsider);
    expect(released.map((g) => g.id)).toEqual([groupA.id]);
    expect(released[0]!.conditions.map((c) => c.theme)).toEqual(["Temps"]);
    // Never the individual material, nor names.
    const serialised = JSON.stringify(released);
    expect(serialised).not.toContain("Une raison personnelle");
    for (const person of groupA.people) expect(serialised).not.toContain(person.displayName);
  });

  it("never lists its own group among the released results of others", async () => {
    const { facilitator, groupA } = await makeWorkshop();
    await releaseGroupResults(facilitator, { groupId: groupA.id });
    expect(await listReleasedGroupResults(groupA.people[0]!)).toEqual([]);
  });
});

describe("a participant of another démarche", () => {
  it("cannot read a group's view or its released results", async () => {
    const one = await makeWorkshop();
    const two = await makeWorkshop();
    await releaseGroupResults(one.facilitator, { groupId: one.groupA.id });
    const stranger = two.groupB.people[0]!;
    await expect(getGroupView(stranger, one.groupA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listReleasedGroupResults(stranger)).toEqual([]);
  });
});

describe("a participant in the group step", () => {
  it("cannot run the facilitator's actions on their own group", async () => {
    const { groupA } = await makeWorkshop();
    const me = groupA.people[0]!;
    await expect(closeWorkshop(me, { groupId: groupA.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(releaseGroupResults(me, { groupId: groupA.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveGroupAgreement(me, {
        groupId: groupA.id,
        current: FULL.current!,
        desired: FULL.desired!,
        decisionMode: "consensus",
        justification: "",
        examples: "",
        participantCount: null,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("a closed workshop", () => {
  it("refuses every change to a position, drafts and confirmations alike, and keeps what was stored", async () => {
    const { facilitator, groupA } = await makeWorkshop({ perGroup: 1 });
    const me = groupA.people[0]!;
    await submitMyPosition(me, FULL);
    await closeWorkshop(facilitator, { groupId: groupA.id });

    await expect(saveMyPositionDraft(me, answers([100, 100, 800], null))).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "workshop.workshopClosed",
    });
    await expect(submitMyPosition(me, answers([100, 100, 800], [100, 100, 800]))).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    const mine = await getMyPosition(me);
    expect(mine.answers).toEqual(FULL);
    expect(mine.editRefusal).toBe("workshopClosed");
  });

  it("as does a démarche that is not in its ateliers", async () => {
    const { facilitator, demarche, demarcheId, groupA } = await makeWorkshop({ perGroup: 1 });
    const me = groupA.people[0]!;
    const refused = () =>
      expect(saveMyPositionDraft(me, FULL)).rejects.toMatchObject({
        code: "INVALID_STATE",
        messageKey: "workshop.notInAteliers",
      });
    // Back to the préparation (nobody has written anything yet), then on to the mise en commun.
    await stepBackPhase(facilitator, { demarcheId, from: "ateliers" });
    await refused();
    await advanceTo(facilitator, demarcheId, "ateliers");
    for (const group of demarche.groups) await releaseGroupResults(facilitator, { groupId: group.id });
    await advanceTo(facilitator, demarcheId, "mise_en_commun");
    await refused();
  });
});

describe("a withdrawn participant", () => {
  it("has no session any more, so can change nothing", async () => {
    const { groupA } = await makeWorkshop({ perGroup: 1 });
    const me = groupA.people[0]!;
    await db.participant.update({ where: { id: me.participantId }, data: { withdrawnAt: new Date() } });
    const after = await viewerFromSessionId(me.sessionId);
    expect(after.kind).toBe("anonymous");
    await expect(saveMyPositionDraft(after, FULL)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
