import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { publishEngagementText } from "@/server/demarches/publish-engagement-text";
import { addGroup } from "@/server/groups/add-group";
import { getDemarcheLifecycle } from "@/server/lifecycle/get-demarche-lifecycle";
import { startNewCycle } from "@/server/lifecycle/start-new-cycle";
import { loadReportSource } from "@/server/report/load-report-source";
import { addCoFacilitator } from "@/server/team/add-co-facilitator";
import { getDemarcheTeam } from "@/server/team/get-demarche-team";
import { joinAs, makeDemarche, makeFacilitatorViewer, setPhase } from "../../support/factories";

async function closedDemarche() {
  const owner = await makeFacilitatorViewer();
  const colleague = await makeFacilitatorViewer();
  const d = await makeDemarche(owner, "Démarche réflexive 2026");
  await addCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId });
  await addGroup(owner, { demarcheId: d.demarcheId, label: "Bénévoles", minSize: 4 });
  await publishEngagementText(owner, { demarcheId: d.demarcheId, basedOnVersion: 1, body: "Conditions revues, v2" });
  await db.demarche.update({
    where: { id: d.demarcheId },
    data: { mandateExpertiseText: "Expertise, à notre façon", retentionMonths: 6 },
  });
  await joinAs(d.invitations[0]!.token, d.demarcheId, "Karim");
  await setPhase(d.demarcheId, "cloturee", { closedAt: new Date() });
  return { owner, colleague, d };
}

const next = (demarcheId: string) => ({
  demarcheId,
  name: "Démarche réflexive 2027",
  startDate: "2027-10-01",
  endDate: "2028-02-25",
});

describe("« Nouveau cycle » from a closed démarche", () => {
  it("copies the set-up, not the people, and links the two cycles for the report", async () => {
    const { owner, colleague, d } = await closedDemarche();
    // The co-accompagnateur.trice starts it: they become responsible, the former responsible stays on.
    const { demarcheId } = await startNewCycle(colleague, next(d.demarcheId));

    const [before, after] = await Promise.all(
      [d.demarcheId, demarcheId].map((id) =>
        db.demarche.findUniqueOrThrow({
          where: { id },
          include: {
            groups: { orderBy: { sortOrder: "asc" } },
            meetings: { orderBy: { sortOrder: "asc" } },
            engagementTexts: true,
            invitations: true,
          },
        }),
      ),
    );
    expect(after).toMatchObject({
      phase: "preparation",
      name: "Démarche réflexive 2027",
      organisationId: before!.organisationId,
      previousDemarcheId: d.demarcheId,
      mandateExpertiseText: "Expertise, à notre façon",
      privacyOfficerName: before!.privacyOfficerName,
      retentionMonths: 6,
    });
    expect(after!.groups.map((g) => [g.kind, g.label, g.minSize])).toEqual(
      before!.groups.map((g) => [g.kind, g.label, g.minSize]),
    );
    expect(after!.engagementTexts.map((e) => [e.version, e.body])).toEqual([[1, "Conditions revues, v2"]]);
    expect(after!.invitations).toHaveLength(after!.groups.length);
    // The meeting sequence moves with the start (one year later here), ateliers tied to the copied groups.
    expect(after!.meetings.map((m) => [m.kind, m.title])).toEqual(before!.meetings.map((m) => [m.kind, m.title]));
    const shiftDays = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);
    expect(shiftDays(before!.meetings[0]!.startsAt!, after!.meetings[0]!.startsAt!)).toBe(365);
    const copiedGroupIds = new Set(after!.groups.map((g) => g.id));
    for (const m of after!.meetings.filter((m) => m.kind === "atelier"))
      expect(copiedGroupIds.has(m.groupId!)).toBe(true);
    // No people, no answers.
    expect(await db.participant.count({ where: { demarcheId } })).toBe(0);
    expect(await db.position.count({ where: { demarcheId } })).toBe(0);

    const team = await getDemarcheTeam(colleague, demarcheId);
    expect(team.members.map((m) => [m.facilitatorId, m.role])).toEqual([
      [colleague.facilitatorId, "responsable"],
      [owner.facilitatorId, "co"],
    ]);
    // The new cycle's report has the previous one to compare with.
    expect((await loadReportSource(demarcheId, new Date(), db))?.previous?.demarche.id).toBe(d.demarcheId);
    expect((await getDemarcheLifecycle(owner, d.demarcheId)).laterCycle).toEqual({
      id: demarcheId,
      name: "Démarche réflexive 2027",
    });
    const trail = await db.auditEvent.findMany({ where: { demarcheId, action: "demarche.new-cycle" } });
    expect(trail).toMatchObject([{ actorId: colleague.facilitatorId }]);
  });

  it("is refused before the démarche is closed, twice, and to anyone who does not run it", async () => {
    const owner = await makeFacilitatorViewer();
    const outsider = await makeFacilitatorViewer();
    const d = await makeDemarche(owner);
    await expect(startNewCycle(owner, next(d.demarcheId))).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "lifecycle.notClosed",
    });
    await setPhase(d.demarcheId, "cloturee", { closedAt: new Date() });
    await expect(startNewCycle(outsider, next(d.demarcheId))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await startNewCycle(owner, next(d.demarcheId));
    await expect(startNewCycle(owner, next(d.demarcheId))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.demarche.count({ where: { previousDemarcheId: d.demarcheId } })).toBe(1);
  });
});
