import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { listIncidents } from "@/server/incidents/list-incidents";
import { recordIncident } from "@/server/incidents/record-incident";
import { joinAs, makeDemarche, makeFacilitatorViewer } from "../../support/factories";

const incident = {
  occurredOn: "2026-11-20",
  discoveredOn: "2026-11-21",
  description: "Une feuille de positions oubliée dans la salle.",
  peopleConcerned: "3 destinataires",
  riskOfSeriousInjury: false,
  measures: "Feuille récupérée et détruite.",
  reportedToCai: false,
};

describe("confidentiality incident register", () => {
  it("keeps a facilitator's incidents to the facilitators of that démarche", async () => {
    const alice = await makeFacilitatorViewer();
    const bob = await makeFacilitatorViewer();
    const d = await makeDemarche(alice);
    await recordIncident(alice, { ...incident, demarcheId: d.demarcheId });

    expect((await listIncidents(alice)).map((i) => i.description)).toEqual([incident.description]);
    expect(await listIncidents(bob)).toEqual([]);
    await expect(recordIncident(bob, { ...incident, demarcheId: d.demarcheId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("is closed to participants", async () => {
    const alice = await makeFacilitatorViewer();
    const d = await makeDemarche(alice);
    const participant = await joinAs(d.invitations[0]!.token, d.demarcheId);
    const before = await db.confidentialityIncident.count();
    await expect(recordIncident(participant, incident)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listIncidents(participant)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.confidentialityIncident.count()).toBe(before);
  });
});
