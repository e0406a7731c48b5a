import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getDemarcheDashboard } from "@/server/demarches/get-demarche-dashboard";
import { listFacilitatorDemarches } from "@/server/demarches/list-facilitator-demarches";
import { addGroup } from "@/server/groups/add-group";
import { addCoFacilitator } from "@/server/team/add-co-facilitator";
import { getDemarcheTeam } from "@/server/team/get-demarche-team";
import { handOverResponsibility } from "@/server/team/hand-over-responsibility";
import { removeCoFacilitator } from "@/server/team/remove-co-facilitator";
import { joinAs, makeDemarche, makeFacilitatorViewer, setPhase } from "../../support/factories";

async function teamOfTwo() {
  const owner = await makeFacilitatorViewer();
  const colleague = await makeFacilitatorViewer();
  const d = await makeDemarche(owner, "Démarche à deux");
  return { owner, colleague, d };
}

async function auditActions(demarcheId: string) {
  const rows = await db.auditEvent.findMany({
    where: { demarcheId, action: { startsWith: "team." } },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, entityId: true },
  });
  return rows;
}

describe("co-facilitation", () => {
  it("a colleague added by the responsible facilitator runs the démarche like them", async () => {
    const { owner, colleague, d } = await teamOfTwo();
    await expect(getDemarcheDashboard(colleague, d.demarcheId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await addCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId });

    expect((await listFacilitatorDemarches(colleague)).map((x) => x.id)).toEqual([d.demarcheId]);
    await expect(getDemarcheDashboard(colleague, d.demarcheId)).resolves.toBeDefined();
    await expect(
      addGroup(colleague, { demarcheId: d.demarcheId, label: "Bénévoles", minSize: 3 }),
    ).resolves.toMatchObject({ groupId: expect.any(String) });
    const team = await getDemarcheTeam(colleague, d.demarcheId);
    expect(team.members.map((m) => [m.facilitatorId, m.role])).toEqual([
      [owner.facilitatorId, "responsable"],
      [colleague.facilitatorId, "co"],
    ]);
    // The co-accompagnateur.trice sees the team but does not manage it.
    expect(team).toMatchObject({ myRole: "co", canManage: false, colleagues: [] });
    expect(await auditActions(d.demarcheId)).toEqual([
      { action: "team.add", actorId: owner.facilitatorId, entityId: colleague.facilitatorId },
    ]);
  });

  it("a removed colleague loses access at their next request, with the same session", async () => {
    const { owner, colleague, d } = await teamOfTwo();
    await addCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId });
    await removeCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId });

    await expect(getDemarcheDashboard(colleague, d.demarcheId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addGroup(colleague, { demarcheId: d.demarcheId, label: "X", minSize: 3 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await listFacilitatorDemarches(colleague)).toEqual([]);
    expect((await auditActions(d.demarcheId)).map((a) => a.action)).toEqual(["team.add", "team.remove"]);
  });

  it("a co-accompagnateur.trice cannot remove the responsible one, add or remove colleagues", async () => {
    const { owner, colleague, d } = await teamOfTwo();
    const third = await makeFacilitatorViewer();
    await addCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId });
    const before = await db.demarcheFacilitator.count({ where: { demarcheId: d.demarcheId } });

    const asCo = { demarcheId: d.demarcheId };
    await expect(removeCoFacilitator(colleague, { ...asCo, facilitatorId: owner.facilitatorId })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    await expect(addCoFacilitator(colleague, { ...asCo, facilitatorId: third.facilitatorId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      handOverResponsibility(colleague, { ...asCo, facilitatorId: colleague.facilitatorId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Even the responsible one cannot remove themself: they hand the role over first.
    await expect(removeCoFacilitator(owner, { ...asCo, facilitatorId: owner.facilitatorId })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await db.demarcheFacilitator.count({ where: { demarcheId: d.demarcheId } })).toBe(before);
  });

  it("hands the responsible role over: the new responsible one may then remove the former", async () => {
    const { owner, colleague, d } = await teamOfTwo();
    await addCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId });
    await handOverResponsibility(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId });

    const team = await getDemarcheTeam(colleague, d.demarcheId);
    expect(team.members.map((m) => [m.facilitatorId, m.role])).toEqual([
      [colleague.facilitatorId, "responsable"],
      [owner.facilitatorId, "co"],
    ]);
    await expect(
      removeCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await removeCoFacilitator(colleague, { demarcheId: d.demarcheId, facilitatorId: owner.facilitatorId });
    await expect(getDemarcheDashboard(owner, d.demarcheId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await auditActions(d.demarcheId)).map((a) => a.action)).toEqual([
      "team.add",
      "team.hand-over",
      "team.remove",
    ]);
  });

  it("refuses a disabled account, someone already on the team, a participant and another démarche's facilitator", async () => {
    const { owner, colleague, d } = await teamOfTwo();
    const outsider = await makeFacilitatorViewer();
    await makeDemarche(outsider, "Ailleurs");
    await db.facilitator.update({ where: { id: colleague.facilitatorId }, data: { disabledAt: new Date() } });
    const input = { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId };

    await expect(addCoFacilitator(owner, input)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      addCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: owner.facilitatorId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      addCoFacilitator(outsider, { demarcheId: d.demarcheId, facilitatorId: outsider.facilitatorId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const participant = await joinAs(d.invitations[0]!.token, d.demarcheId);
    await expect(addCoFacilitator(participant, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.demarcheFacilitator.count({ where: { demarcheId: d.demarcheId } })).toBe(1);
    // The list of colleagues offered leaves the disabled account out.
    const team = await getDemarcheTeam(owner, d.demarcheId);
    expect(team.colleagues.map((c) => c.id)).toContain(outsider.facilitatorId);
    expect(team.colleagues.map((c) => c.id)).not.toContain(colleague.facilitatorId);
  });

  it("a closed démarche's team no longer changes", async () => {
    const { owner, colleague, d } = await teamOfTwo();
    await setPhase(d.demarcheId, "cloturee", { closedAt: new Date() });
    await expect(
      addCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await getDemarcheTeam(owner, d.demarcheId)).canManage).toBe(false);
  });
});
