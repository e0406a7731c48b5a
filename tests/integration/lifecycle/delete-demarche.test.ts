import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { listFacilitatorDemarches } from "@/server/demarches/list-facilitator-demarches";
import { recordIncident } from "@/server/incidents/record-incident";
import { deleteDemarche } from "@/server/lifecycle/delete-demarche";
import { getDemarcheLifecycle } from "@/server/lifecycle/get-demarche-lifecycle";
import { addCoFacilitator } from "@/server/team/add-co-facilitator";
import { joinAs, makeDemarche, makeFacilitatorViewer, setPhase, walkDemarche } from "../../support/factories";

async function mistake() {
  const owner = await makeFacilitatorViewer();
  const d = await makeDemarche(owner, "Créée par erreur");
  return { owner, d };
}

const rowsOf = async (demarcheId: string) => ({
  groups: await db.group.count({ where: { demarcheId } }),
  invitations: await db.invitation.count({ where: { demarcheId } }),
  meetings: await db.meeting.count({ where: { demarcheId } }),
  texts: await db.engagementText.count({ where: { demarcheId } }),
  team: await db.demarcheFacilitator.count({ where: { demarcheId } }),
  audit: await db.auditEvent.count({ where: { demarcheId } }),
});

describe("deleting a démarche created by mistake", () => {
  it("removes everything of it once its name is typed, keeps incidents and one instance-level audit row", async () => {
    const { owner, d } = await mistake();
    const organisationId = (await db.demarche.findUniqueOrThrow({ where: { id: d.demarcheId } })).organisationId;
    await recordIncident(owner, {
      demarcheId: d.demarcheId,
      occurredOn: "2026-11-02",
      discoveredOn: "2026-11-03",
      description: "Une liste oubliée",
      peopleConcerned: "",
      riskOfSeriousInjury: false,
      measures: "",
      reportedToCai: false,
    });
    expect((await getDemarcheLifecycle(owner, d.demarcheId)).deletionRefusal).toBeNull();

    await expect(deleteDemarche(owner, { demarcheId: d.demarcheId, confirmName: "Autre nom" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { confirmName: "lifecycle.nameMismatch" },
    });
    expect(await db.demarche.count({ where: { id: d.demarcheId } })).toBe(1);

    await deleteDemarche(owner, { demarcheId: d.demarcheId, confirmName: "  créée par ERREUR " });
    expect(await db.demarche.count({ where: { id: d.demarcheId } })).toBe(0);
    expect(await rowsOf(d.demarcheId)).toEqual({ groups: 0, invitations: 0, meetings: 0, texts: 0, team: 0, audit: 0 });
    expect(await db.organisation.count({ where: { id: organisationId } })).toBe(0);
    expect(await listFacilitatorDemarches(owner)).toEqual([]);
    // Law 25 §23: the incident register keeps its row.
    expect(await db.confidentialityIncident.count({ where: { description: "Une liste oubliée" } })).toBe(1);
    const trail = await db.auditEvent.findMany({ where: { action: "demarche.delete" } });
    expect(trail).toMatchObject([
      { demarcheId: null, actorKind: "facilitator", actorId: owner.facilitatorId, entityId: d.demarcheId },
    ]);
  });

  it("is refused once someone joined, even if they wait for admission", async () => {
    const { owner, d } = await mistake();
    await joinAs(d.invitations[0]!.token, d.demarcheId, "Karim", { admitted: false });
    expect((await getDemarcheLifecycle(owner, d.demarcheId)).deletionRefusal).toBe("peopleJoined");
    await expect(
      deleteDemarche(owner, { demarcheId: d.demarcheId, confirmName: "Créée par erreur" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "lifecycle.peopleJoined" });
    expect(await db.demarche.count({ where: { id: d.demarcheId } })).toBe(1);
  });

  it("is refused after the préparation", async () => {
    const { owner, d } = await mistake();
    await setPhase(d.demarcheId, "ateliers");
    await expect(
      deleteDemarche(owner, { demarcheId: d.demarcheId, confirmName: "Créée par erreur" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "lifecycle.notInPreparation" });
  });

  it("is for the responsible facilitator only: a co-accompagnateur.trice and others are refused", async () => {
    const { owner, d } = await mistake();
    const colleague = await makeFacilitatorViewer();
    const outsider = await makeFacilitatorViewer();
    await addCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId });
    const input = { demarcheId: d.demarcheId, confirmName: "Créée par erreur" };
    await expect(deleteDemarche(colleague, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getDemarcheLifecycle(colleague, d.demarcheId)).deletionRefusal).toBe("notResponsible");
    await expect(deleteDemarche(outsider, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.demarche.count({ where: { id: d.demarcheId } })).toBe(1);
  });

  it("keeps the organisation when another démarche uses it", async () => {
    const { owner, d } = await mistake();
    const organisationId = (await db.demarche.findUniqueOrThrow({ where: { id: d.demarcheId } })).organisationId;
    const other = await makeDemarche(owner, "La vraie");
    await db.demarche.update({ where: { id: other.demarcheId }, data: { organisationId } });
    await deleteDemarche(owner, { demarcheId: d.demarcheId, confirmName: "Créée par erreur" });
    expect(await db.organisation.count({ where: { id: organisationId } })).toBe(1);
  });
});

describe("deleting a closed démarche people took part in (decision 021, addendum)", () => {
  async function closedWithPeople() {
    const owner = await makeFacilitatorViewer();
    const d = await makeDemarche(owner, "Démarche réflexive 2025");
    const token = d.invitations[0]!.token;
    const people = [await joinAs(token, d.demarcheId, "Karim"), await joinAs(token, d.demarcheId, "Nadia")];
    const groupIds = (await db.group.findMany({ where: { demarcheId: d.demarcheId }, select: { id: true } })).map(
      (g) => g.id,
    );
    await walkDemarche("ateliers", { facilitator: owner, demarcheId: d.demarcheId, groupIds, people, board: null });
    await setPhase(d.demarcheId, "cloturee", { closedAt: new Date() });
    return { owner, d, people };
  }

  it("destroys everything personal at once; the incident register and one anonymous instance-level row remain", async () => {
    const { owner, d, people } = await closedWithPeople();
    const participantIds = people.map((p) => p.participantId);
    await recordIncident(owner, {
      demarcheId: d.demarcheId,
      occurredOn: "2026-11-02",
      discoveredOn: "2026-11-03",
      description: "Une feuille de présences oubliée",
      peopleConcerned: "2 intervenant.e.s",
      riskOfSeriousInjury: false,
      measures: "",
      reportedToCai: false,
    });
    expect(await db.position.count({ where: { participantId: { in: participantIds } } })).toBe(2);
    expect((await getDemarcheLifecycle(owner, d.demarcheId)).deletionRefusal).toBeNull();

    await deleteDemarche(owner, { demarcheId: d.demarcheId, confirmName: "Démarche réflexive 2025" });

    expect(await db.demarche.count({ where: { id: d.demarcheId } })).toBe(0);
    expect(await db.participant.count({ where: { id: { in: participantIds } } })).toBe(0);
    expect(await db.position.count({ where: { participantId: { in: participantIds } } })).toBe(0);
    expect(await db.consent.count({ where: { participantId: { in: participantIds } } })).toBe(0);
    expect(await db.authSession.count({ where: { participantId: { in: participantIds } } })).toBe(0);
    expect(await rowsOf(d.demarcheId)).toEqual({ groups: 0, invitations: 0, meetings: 0, texts: 0, team: 0, audit: 0 });
    expect(await db.confidentialityIncident.count({ where: { description: "Une feuille de présences oubliée" } })).toBe(
      1,
    );
    const trail = await db.auditEvent.findMany({ where: { action: "demarche.delete", entityId: d.demarcheId } });
    expect(trail).toMatchObject([{ demarcheId: null, actorId: owner.facilitatorId }]);
    expect(JSON.parse(trail[0]!.detail)).toEqual({ name: "Démarche réflexive 2025", groups: 3, participants: 2 });
    // No row anywhere still names them.
    const everyAudit = JSON.stringify(await db.auditEvent.findMany());
    for (const id of participantIds) expect(everyAudit).not.toContain(id);
  });

  it("is refused while the démarche is under way, and to anyone but its responsible facilitator", async () => {
    const { owner, d } = await closedWithPeople();
    const colleague = await makeFacilitatorViewer();
    const input = { demarcheId: d.demarcheId, confirmName: "Démarche réflexive 2025" };
    await setPhase(d.demarcheId, "suivi");
    await addCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId });
    expect((await getDemarcheLifecycle(owner, d.demarcheId)).deletionRefusal).toBe("notInPreparation");
    await expect(deleteDemarche(owner, input)).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "lifecycle.notInPreparation",
    });
    await setPhase(d.demarcheId, "cloturee", { closedAt: new Date() });
    await expect(deleteDemarche(colleague, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteDemarche(await makeFacilitatorViewer(), input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.participant.count({ where: { demarcheId: d.demarcheId } })).toBe(2);
  });
});
