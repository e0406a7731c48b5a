import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getDemarcheStamp, getParticipantStamp, WAITING_STAMP } from "@/server/live/get-live-stamp";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { closeWorkshop } from "@/server/workshops/close-workshop";
import {
  admitAsFacilitator,
  answers,
  joinAs,
  makeFacilitatorViewer,
  makeWorkshop,
  signInParticipant,
} from "../../support/factories";

describe("the stamps that keep the room's open pages current", () => {
  it("change for the projector when a participant confirms, not while they type a draft", async () => {
    const { facilitator, demarcheId, groupA } = await makeWorkshop();
    const before = await getDemarcheStamp(facilitator, demarcheId);
    await saveMyPositionDraft(groupA.people[0]!, answers([600, 200, 200], [300, 300, 400]));
    expect(await getDemarcheStamp(facilitator, demarcheId)).toBe(before);
    await submitMyPosition(groupA.people[0]!, answers([600, 200, 200], [300, 300, 400]));
    expect(await getDemarcheStamp(facilitator, demarcheId)).not.toBe(before);
  });

  it("change for participants when the facilitator closes a workshop or changes the phase", async () => {
    const { facilitator, demarcheId, groupA, groupB } = await makeWorkshop();
    const reader = groupB.people[0]!;
    const first = await getParticipantStamp(reader);
    expect(await getParticipantStamp(reader)).toBe(first);
    await closeWorkshop(facilitator, { groupId: groupA.id });
    const second = await getParticipantStamp(reader);
    expect(second).not.toBe(first);
    await db.demarche.update({ where: { id: demarcheId }, data: { phase: "mise_en_commun" } });
    expect(await getParticipantStamp(reader)).not.toBe(second);
  });

  it("open a waiting person's space once they are admitted, and tell them nothing before", async () => {
    const { demarche, demarcheId, groupA } = await makeWorkshop();
    const waiting = await joinAs(demarche.invitations[0]!.token, demarcheId, "Nouvelle", { admitted: false });
    expect(await getParticipantStamp(waiting)).toBe(WAITING_STAMP);
    // What happens in the démarche does not reach someone not yet admitted.
    await submitMyPosition(groupA.people[0]!, answers([600, 200, 200], [300, 300, 400]));
    expect(await getParticipantStamp(waiting)).toBe(WAITING_STAMP);
    await admitAsFacilitator(demarcheId, waiting.participantId);
    const admitted = await signInParticipant(waiting.participantId);
    expect(await getParticipantStamp(admitted)).not.toBe(WAITING_STAMP);
  });

  it("change for the facilitator's pages when someone joins and when they are admitted", async () => {
    const { facilitator, demarche, demarcheId } = await makeWorkshop();
    const before = await getDemarcheStamp(facilitator, demarcheId);
    const waiting = await joinAs(demarche.invitations[0]!.token, demarcheId, "Nouvelle", { admitted: false });
    const joined = await getDemarcheStamp(facilitator, demarcheId);
    expect(joined).not.toBe(before);
    await admitAsFacilitator(demarcheId, waiting.participantId);
    expect(await getDemarcheStamp(facilitator, demarcheId)).not.toBe(joined);
  });

  it("answer the projector while another request's write holds the database, with only what is committed", async () => {
    // On SQLite the writes queue on one connection (decision 011): during a
    // burst of confirmations the projector's stamp must not wait behind them.
    const { facilitator, demarcheId, groupA } = await makeWorkshop();
    const before = await getDemarcheStamp(facilitator, demarcheId);
    const order: string[] = [];
    let finish!: () => void;
    const mayFinish = new Promise<void>((resolve) => (finish = resolve));
    let wrote!: () => void;
    const hasWritten = new Promise<void>((resolve) => (wrote = resolve));
    const write = db
      .$transaction(async (tx) => {
        await tx.group.update({ where: { id: groupA.id }, data: { workshopClosedAt: new Date() } });
        wrote();
        await mayFinish;
      })
      .then(() => order.push("write committed"));
    await hasWritten;
    // Should the stamp wait for the connection, the write ends anyway, first.
    const fallback = setTimeout(finish, 1000);
    const during = await getDemarcheStamp(facilitator, demarcheId);
    order.push("stamp answered");
    finish();
    await write;
    clearTimeout(fallback);

    expect(order).toEqual(["stamp answered", "write committed"]);
    expect(during).toBe(before);
    expect(await getDemarcheStamp(facilitator, demarcheId)).not.toBe(before);
  });

  it("are the facilitator's own démarche's only", async () => {
    const { demarcheId } = await makeWorkshop();
    await expect(getDemarcheStamp(await makeFacilitatorViewer(), demarcheId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
