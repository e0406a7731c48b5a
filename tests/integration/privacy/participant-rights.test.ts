import { describe, expect, it } from "vitest";
import { viewerFromSessionId } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { getMyData } from "@/server/privacy/get-my-data";
import { renameParticipant } from "@/server/privacy/rename-participant";
import { withdrawParticipant } from "@/server/privacy/withdraw-participant";
import { joinAs, makeDemarche, makeFacilitatorViewer } from "../../support/factories";

async function withPosition(participantId: string) {
  const p = await db.participant.findUniqueOrThrow({ where: { id: participantId } });
  await db.position.create({
    data: {
      participantId,
      groupId: p.groupId,
      demarcheId: p.demarcheId,
      currentExpertise: 600,
      currentRepresentation: 200,
      currentParticipation: 200,
      currentWhy: "Parce que la directrice décide de tout",
      desiredExpertise: 300,
      desiredRepresentation: 300,
      desiredParticipation: 400,
      conditionsHinder: "Le manque de temps de Ginette",
      status: "submitted",
      submittedAt: new Date(),
    },
  });
}

describe("a participant's rights over their data", () => {
  it("shows a participant everything stored about them, and nothing about others", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const me = await joinAs(d.invitations[0]!.token, d.demarcheId, "Rosalie");
    const other = await joinAs(d.invitations[0]!.token, d.demarcheId, "Bertrand");
    await withPosition(me.participantId);
    await withPosition(other.participantId);

    const data = await getMyData(me);
    expect(data.displayName).toBe("Rosalie");
    expect(data.consents).toEqual([
      expect.objectContaining({ purpose: "participation", textVersion: 1, withdrawnAt: null }),
    ]);
    expect(data.position?.current).toEqual({ expertise: 600, representation: 200, participation: 200 });
    expect(data.position?.currentWhy).toBe("Parce que la directrice décide de tout");
    expect(JSON.stringify(data)).not.toContain("Bertrand");
    await expect(getMyData(facilitator)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets a participant correct their name", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const me = await joinAs(d.invitations[1]!.token, d.demarcheId, "Rosaly");
    await renameParticipant(me, { displayName: "Rosalie" });
    expect((await getMyData(me)).displayName).toBe("Rosalie");
  });

  it("on withdrawal, erases what identifies the person and keeps only anonymous numbers (default policy)", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const me = await joinAs(d.invitations[0]!.token, d.demarcheId, "Rosalie");
    await withPosition(me.participantId);

    expect(await withdrawParticipant(me)).toEqual({ positions: "kept-anonymous" });
    const row = await db.participant.findUniqueOrThrow({
      where: { id: me.participantId },
      include: { position: true, consents: true },
    });
    expect(row.displayName).toBe("");
    expect(row.returnCodeHash).toBeNull();
    expect(row.withdrawnAt).not.toBeNull();
    expect(row.consents.every((c) => c.withdrawnAt !== null)).toBe(true);
    expect(row.position).toMatchObject({ currentExpertise: 600, currentWhy: "", conditionsHinder: "" });
    // The session ends at once, and a second withdrawal has nobody to act for.
    expect(await viewerFromSessionId(me.sessionId)).toEqual({ kind: "anonymous" });
    await expect(withdrawParticipant(me)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "participant.withdraw", entityId: me.participantId },
    });
    expect(audit.detail).not.toContain("Rosalie");
  });

  it("removes the positions too when the démarche's conditions say so", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    await db.demarche.update({ where: { id: d.demarcheId }, data: { withdrawalPolicy: "remove" } });
    const me = await joinAs(d.invitations[2]!.token, d.demarcheId, "Louise");
    await withPosition(me.participantId);
    expect(await withdrawParticipant(me)).toEqual({ positions: "removed" });
    expect(await db.position.count({ where: { participantId: me.participantId } })).toBe(0);
  });
});
