import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { applyRetention } from "@/server/privacy/apply-retention";
import { joinAs, makeDemarche, makeFacilitatorViewer, setPhase } from "../../support/factories";

describe("retention", () => {
  it("destroys identifying data once a closed démarche passes its retention period, not before", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    const p = await joinAs(d.invitations[0]!.token, d.demarcheId, "Rosalie");
    await db.position.create({
      data: {
        participantId: p.participantId,
        groupId: p.groupId,
        demarcheId: d.demarcheId,
        currentExpertise: 500,
        currentRepresentation: 250,
        currentParticipation: 250,
        currentWhy: "Mon quartier",
      },
    });
    await setPhase(d.demarcheId, "cloturee", { closedAt: new Date("2026-01-15T12:00:00Z") });
    await db.demarche.update({ where: { id: d.demarcheId }, data: { retentionMonths: 12 } });

    expect((await applyRetention(new Date("2026-12-31T12:00:00Z"))).demarcheIds).not.toContain(d.demarcheId);
    expect((await db.participant.findUniqueOrThrow({ where: { id: p.participantId } })).displayName).toBe("Rosalie");

    expect((await applyRetention(new Date("2027-01-16T12:00:00Z"))).demarcheIds).toContain(d.demarcheId);
    const after = await db.participant.findUniqueOrThrow({
      where: { id: p.participantId },
      include: { position: true, consents: true, sessions: true },
    });
    expect(after.displayName).toBe("");
    expect(after.consents).toHaveLength(0);
    expect(after.sessions).toHaveLength(0);
    expect(after.position).toMatchObject({ currentExpertise: 500, currentWhy: "" });
    expect((await db.demarche.findUniqueOrThrow({ where: { id: d.demarcheId } })).anonymisedAt).not.toBeNull();

    // Once anonymised, later runs leave it alone.
    expect((await applyRetention(new Date("2027-06-01T12:00:00Z"))).demarcheIds).not.toContain(d.demarcheId);
  });

  it("never touches a démarche that is not closed", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makeDemarche(facilitator);
    await joinAs(d.invitations[0]!.token, d.demarcheId, "Karim");
    expect((await applyRetention(new Date("2040-01-01T00:00:00Z"))).demarcheIds).not.toContain(d.demarcheId);
    expect(await db.participant.count({ where: { demarcheId: d.demarcheId, displayName: "Karim" } })).toBe(1);
  });
});
