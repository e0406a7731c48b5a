import { describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { addParticipantByHand } from "@/server/groups/add-participant-by-hand";
import { getMyPosition } from "@/server/positions/get-my-position";
import { getPositionForEntry } from "@/server/positions/get-position-for-entry";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { savePositionOnBehalf } from "@/server/positions/save-position-on-behalf";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { submitPositionOnBehalf } from "@/server/positions/submit-position-on-behalf";
import { actAs } from "../../support/acting-as";
import { answers, currentEngagementTextId, makeWorkshop } from "../../support/factories";

vi.mock("@/server/auth/request-context", () => import("../../support/acting-as"));
vi.mock("@/server/auth/current-viewer", () => import("../../support/acting-as"));

/**
 * Decision 014: typing in on someone's behalf is for people without a
 * device. Over answers a person confirmed themself, on their own phone, the
 * facilitator must say they know (the form's dialog sends
 * `overrideOwnAnswers`), the change is recorded (who, when, an audit row),
 * and the person's page says « modifiées par l'accompagnateur.trice le … ».
 */

const OWN = answers([600, 300, 100], [200, 300, 500], { currentWhy: "Mon chef décide de tout" });
const CHANGED = answers([400, 300, 300], [200, 300, 500], { currentWhy: "Dit autrement" });

async function confirmedOnTheirPhone() {
  const w = await makeWorkshop({ perGroup: 1 });
  const person = w.groupA.people[0]!;
  await submitMyPosition(person, OWN, new Date("2026-12-07T14:00:00Z"));
  return { ...w, person, participantId: person.participantId };
}

const stored = (participantId: string) =>
  db.position.findUniqueOrThrow({
    where: { participantId },
    select: {
      status: true,
      currentWhy: true,
      currentExpertise: true,
      enteredById: true,
      submittedAt: true,
      editedOnBehalfAt: true,
      editedOnBehalfById: true,
    },
  });

const onBehalfAudit = (demarcheId: string) =>
  db.auditEvent.findMany({
    where: { demarcheId, action: { in: ["position.enter-on-behalf", "position.submit-on-behalf"] } },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, detail: true },
  });

describe("entering on someone's behalf over answers they confirmed themself", () => {
  it("is refused, as data in French and with nothing written, without the facilitator's say-so", async () => {
    const { facilitator, participantId, demarcheId } = await confirmedOnTheirPhone();
    const before = await stored(participantId);
    expect(before).toMatchObject({ status: "submitted", enteredById: null, editedOnBehalfAt: null });
    expect(await getPositionForEntry(facilitator, participantId)).toMatchObject({ confirmedByPerson: true });

    await expect(savePositionOnBehalf(facilitator, { ...CHANGED, participantId })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "workshop.confirmedByPerson",
    });
    await expect(
      submitPositionOnBehalf(facilitator, { ...CHANGED, participantId, overrideOwnAnswers: false }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    // Through the server action, as the browser calls it: an error as data, in French.
    const { savePositionOnBehalfAction } = await import("@/app/(site)/demarches/[demarcheId]/ateliers/actions");
    actAs(facilitator);
    const result = await savePositionOnBehalfAction({ ...CHANGED, participantId });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(result.ok ? "" : result.message).toMatch(/a confirmé elle-même ses réponses/);

    expect(await stored(participantId)).toEqual(before);
    expect(await onBehalfAudit(demarcheId)).toEqual([]);
  });

  it("with the say-so, changes them and records who and when; the person's own page shows it", async () => {
    const { facilitator, person, participantId, demarcheId } = await confirmedOnTheirPhone();
    const at = new Date("2026-12-07T15:30:00Z");
    const saved = await savePositionOnBehalf(facilitator, { ...CHANGED, participantId, overrideOwnAnswers: true }, at);
    // Half-changed answers are no longer the ones the person confirmed: a draft until confirmed again.
    expect(saved.status).toBe("draft");
    expect(await stored(participantId)).toMatchObject({
      status: "draft",
      currentWhy: "Dit autrement",
      enteredById: facilitator.facilitatorId,
      editedOnBehalfAt: at,
      editedOnBehalfById: facilitator.facilitatorId,
    });
    const audit = await onBehalfAudit(demarcheId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "position.enter-on-behalf", actorId: facilitator.facilitatorId });
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ participantId, overrodeOwnAnswers: true });

    expect((await getMyPosition(person)).editedOnBehalfAt).toEqual(at);
    // The form no longer asks: these answers are now the facilitator's typing.
    expect(await getPositionForEntry(facilitator, participantId)).toMatchObject({ confirmedByPerson: false });
  });

  it("keeps the note through later saves, moves its date, and asks again once the person confirms again", async () => {
    const { facilitator, person, participantId } = await confirmedOnTheirPhone();
    await savePositionOnBehalf(
      facilitator,
      { ...CHANGED, participantId, overrideOwnAnswers: true },
      new Date("2026-12-07T15:30:00Z"),
    );
    // Typing continues (autosave) and the facilitator confirms: no new say-so needed.
    const later = new Date("2026-12-07T15:40:00Z");
    await submitPositionOnBehalf(facilitator, { ...CHANGED, participantId }, later);
    expect(await stored(participantId)).toMatchObject({ status: "submitted", editedOnBehalfAt: later });

    // The person confirms again on their phone: their answers again, the note stays true.
    await submitMyPosition(person, OWN, new Date("2026-12-07T16:00:00Z"));
    expect(await stored(participantId)).toMatchObject({ enteredById: null, editedOnBehalfAt: later });
    expect((await getMyPosition(person)).editedOnBehalfAt).toEqual(later);
    await expect(savePositionOnBehalf(facilitator, { ...CHANGED, participantId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("confirming on their behalf the very answers they confirmed changes nothing and needs no say-so", async () => {
    const { facilitator, participantId } = await confirmedOnTheirPhone();
    const before = await stored(participantId);
    await expect(submitPositionOnBehalf(facilitator, { ...OWN, participantId })).resolves.toMatchObject({
      status: "submitted",
      submittedAt: before.submittedAt,
    });
    expect(await stored(participantId)).toEqual(before);
  });

  it("asks nothing and notes nothing for answers typed on paper or a person's unconfirmed draft", async () => {
    const { facilitator, groupA, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const paper = await addParticipantByHand(facilitator, {
      groupId: groupA.id,
      displayName: "Gisèle",
      engagementTextId: await currentEngagementTextId(demarcheId),
    });
    await submitPositionOnBehalf(facilitator, { ...OWN, participantId: paper.participantId });
    await savePositionOnBehalf(facilitator, { ...CHANGED, participantId: paper.participantId });
    expect(await stored(paper.participantId)).toMatchObject({ status: "draft", editedOnBehalfAt: null });

    const person = groupA.people[0]!;
    await saveMyPositionDraft(person, OWN);
    await savePositionOnBehalf(facilitator, { ...CHANGED, participantId: person.participantId });
    expect(await stored(person.participantId)).toMatchObject({ currentWhy: "Dit autrement", editedOnBehalfAt: null });
  });
});
