import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getPositionForEntry } from "@/server/positions/get-position-for-entry";
import { savePositionOnBehalf } from "@/server/positions/save-position-on-behalf";
import { submitPositionOnBehalf } from "@/server/positions/submit-position-on-behalf";
import { addParticipantByHand } from "@/server/groups/add-participant-by-hand";
import { closeWorkshop } from "@/server/workshops/close-workshop";
import { getGroupWorkshop } from "@/server/workshops/get-group-workshop";
import type { Viewer } from "@/server/auth/viewer";
import { answers, currentEngagementTextId, makeFacilitatorViewer, makeWorkshop } from "../../support/factories";

/** Someone without a device, added from the atelier page with their oral consent to the current text. */
async function addOnPaper(viewer: Viewer, group: { id: string }, demarcheId: string, displayName: string) {
  return addParticipantByHand(viewer, {
    groupId: group.id,
    displayName,
    engagementTextId: await currentEngagementTextId(demarcheId),
  });
}

describe("the facilitator types answers in on someone's behalf", () => {
  it("adds a person without a device, with their consent to the current conditions, and no code", async () => {
    const { facilitator, groupA, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const { participantId } = await addOnPaper(facilitator, groupA, demarcheId, "Gisèle");
    const person = await db.participant.findUniqueOrThrow({
      where: { id: participantId },
      include: { consents: { include: { engagementText: true } } },
    });
    expect(person).toMatchObject({ addedByFacilitator: true, returnCodeHash: null, groupId: groupA.id, demarcheId });
    expect(person.consents).toHaveLength(1);
    expect(person.consents[0]!.engagementText.version).toBe(1);
    // Who recorded the oral consent is kept, as on the groups page.
    expect(person.consents[0]!.recordedById).toBe(facilitator.facilitatorId);
    const page = await getGroupWorkshop(facilitator, groupA.id);
    expect(page.engagementText).toEqual({ id: person.consents[0]!.engagementTextId, version: 1 });
  });

  it("records the answers as entered by the facilitator, on every save", async () => {
    const { facilitator, groupA, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const { participantId } = await addOnPaper(facilitator, groupA, demarcheId, "Gisèle");
    await savePositionOnBehalf(facilitator, { ...answers([500, 100, 400], null), participantId });
    await submitPositionOnBehalf(facilitator, {
      ...answers([500, 100, 400], [300, 200, 500], { currentWhy: "Dit en atelier" }),
      participantId,
    });
    const row = await db.position.findUniqueOrThrow({ where: { participantId } });
    expect(row).toMatchObject({
      status: "submitted",
      enteredById: facilitator.facilitatorId,
      currentWhy: "Dit en atelier",
    });
    const audit = await db.auditEvent.findMany({
      where: { demarcheId, entityType: "Position" },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([
      { action: "position.enter-on-behalf", actorId: facilitator.facilitatorId },
      { action: "position.submit-on-behalf", actorId: facilitator.facilitatorId },
    ]);
    const page = await getGroupWorkshop(facilitator, groupA.id);
    expect(page.participants.find((p) => p.id === participantId)).toMatchObject({
      status: "submitted",
      enteredByFacilitator: true,
      addedByFacilitator: true,
    });
  });

  it("also for someone who joined with a code, and refuses once the workshop is closed", async () => {
    const { facilitator, groupA, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const participantId = groupA.people[0]!.participantId;
    await expect(
      savePositionOnBehalf(facilitator, { ...answers([1000, 0, 0], null), participantId }),
    ).resolves.toMatchObject({
      status: "draft",
    });
    await closeWorkshop(facilitator, { groupId: groupA.id });
    await expect(
      submitPositionOnBehalf(facilitator, { ...answers([1000, 0, 0], [0, 0, 1000]), participantId }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(addOnPaper(facilitator, groupA, demarcheId, "Tard")).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "invitation.workshopClosed",
    });
    expect((await getGroupWorkshop(facilitator, groupA.id)).paperRefusal).toBe("workshopClosed");
  });

  it("is refused to another facilitator and to participants", async () => {
    const { groupA, groupB, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const participantId = groupA.people[0]!.participantId;
    const other = await makeFacilitatorViewer();
    await expect(getPositionForEntry(other, participantId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(savePositionOnBehalf(other, { ...answers(null, null), participantId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(addOnPaper(other, groupA, demarcheId, "X")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A participant, even of the same démarche, cannot type for someone else.
    await expect(
      savePositionOnBehalf(groupB.people[0]!, { ...answers(null, null), participantId }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getGroupWorkshop(groupA.people[0]!, groupA.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
