import { describe, expect, it } from "vitest";
import { getCaWorkspace } from "@/server/ca/get-ca-workspace";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { db } from "@/server/db";
import { addParticipantByHand } from "@/server/groups/add-participant-by-hand";
import { getMeeting } from "@/server/meetings/get-meeting";
import { saveMeetingRecord } from "@/server/meetings/save-meeting-record";
import { savePlenaryPiste } from "@/server/plenary/save-plenary-piste";
import { getMyPosition } from "@/server/positions/get-my-position";
import { getPositionForEntry } from "@/server/positions/get-position-for-entry";
import { submitPositionOnBehalf } from "@/server/positions/submit-position-on-behalf";
import { addCoFacilitator } from "@/server/team/add-co-facilitator";
import { getGroupWorkshop } from "@/server/workshops/get-group-workshop";
import {
  advanceTo,
  answers,
  currentEngagementTextId,
  makeFacilitatorViewer,
  makePlenaryDemarche,
  makeWorkshop,
  signInParticipant,
} from "../../support/factories";

/** A co-accompagnateur.trice named Marie-Ève on the démarche. */
async function colleagueOn(owner: { facilitatorId: string }, demarcheId: string) {
  const colleague = await makeFacilitatorViewer();
  await db.facilitator.update({ where: { id: colleague.facilitatorId }, data: { name: "Marie-Ève Tremblay" } });
  await addCoFacilitator(owner as never, { demarcheId, facilitatorId: colleague.facilitatorId });
  return colleague;
}

describe("the screens name the facilitator who did it, for the démarche's facilitators", () => {
  it("names who typed answers in on someone's behalf; the person sees the role only", async () => {
    const { facilitator, groupA, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const colleague = await colleagueOn(facilitator, demarcheId);
    const { participantId } = await addParticipantByHand(colleague, {
      groupId: groupA.id,
      displayName: "Gisèle",
      engagementTextId: await currentEngagementTextId(demarcheId),
    });
    await submitPositionOnBehalf(colleague, { ...answers([500, 100, 400], [300, 200, 500]), participantId });

    expect(await getPositionForEntry(facilitator, participantId)).toMatchObject({
      enteredByFacilitator: true,
      enteredByName: "Marie-Ève Tremblay",
    });
    const row = (await getGroupWorkshop(facilitator, groupA.id)).participants.find((p) => p.id === participantId);
    expect(row).toMatchObject({ enteredByFacilitator: true, enteredByName: "Marie-Ève Tremblay" });
    const own = await getMyPosition(await signInParticipant(participantId));
    expect(own.enteredByFacilitator).toBe(true);
    expect(JSON.stringify(own)).not.toContain("Marie-Ève");
  });

  it("names who recorded a meeting's minutes", async () => {
    const { facilitator, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const colleague = await colleagueOn(facilitator, demarcheId);
    const meeting = await db.meeting.findFirstOrThrow({ where: { demarcheId, kind: "lancement" } });
    await db.meeting.update({ where: { id: meeting.id }, data: { startsAt: new Date(Date.now() - 86_400_000) } });
    expect((await getMeeting(facilitator, meeting.id)).meeting.recordedBy).toBeNull();

    await saveMeetingRecord(colleague, { meetingId: meeting.id, held: true, present: [], minutes: "Lancement fait." });
    expect((await getMeeting(facilitator, meeting.id)).meeting.recordedBy).toMatchObject({
      name: "Marie-Ève Tremblay",
    });
  });

  it("names who recorded the CA's answer for the facilitators, never for the board", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makePlenaryDemarche(facilitator);
    const colleague = await colleagueOn(facilitator, d.demarcheId);
    const { pisteId } = await savePlenaryPiste(facilitator, {
      demarcheId: d.demarcheId,
      orientation: "changer-de-cap",
      title: "Un comité de membres",
      description: "",
      supportGroupIds: [d.groupId("intervenants")],
      needsArbitrage: false,
      arbitrageNote: "",
    });
    await advanceTo(facilitator, d.demarcheId, "transmission_ca");
    await recordCaAnswer(colleague, {
      pisteId,
      decision: "retenue",
      reasons: "Oui",
      responsible: "La coordination",
      dueDate: "2027-06-30",
    });

    expect((await getCaWorkspace(facilitator, d.demarcheId)).answeredBy).toEqual({ [pisteId]: "Marie-Ève Tremblay" });
    // recordGroupWork writes people directly, without admission (decision 013).
    const boardId = d.participants.administrateurs[0]!;
    await db.participant.update({ where: { id: boardId }, data: { admittedAt: new Date() } });
    const board = await signInParticipant(boardId);
    expect((await getCaWorkspace(board, d.demarcheId)).answeredBy).toEqual({});
  });
});
