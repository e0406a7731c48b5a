import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createDemarche } from "@/server/demarches/create-demarche";
import { changeRetention } from "@/server/lifecycle/change-retention";
import { getDemarcheLifecycle } from "@/server/lifecycle/get-demarche-lifecycle";
import { findInvitationByToken } from "@/server/participants/find-invitation";
import { applyRetention } from "@/server/privacy/apply-retention";
import { joinAs, makeDemarche, makeFacilitatorViewer, setPhase } from "../../support/factories";

const retentionOf = async (demarcheId: string) =>
  (await db.demarche.findUniqueOrThrow({ where: { id: demarcheId } })).retentionMonths;

describe("the retention period", () => {
  it("is chosen when the démarche is created, 12 months unless said otherwise", async () => {
    const viewer = await makeFacilitatorViewer();
    const base = { organisationName: "O", name: "D", startDate: "2026-10-01", endDate: "2027-02-26" };
    expect(await retentionOf((await createDemarche(viewer, base)).demarcheId)).toBe(12);
    expect(await retentionOf((await createDemarche(viewer, { ...base, retentionMonths: 6 })).demarcheId)).toBe(6);
  });

  it("is what a person reads before joining", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    await changeRetention(viewer, { demarcheId: d.demarcheId, retentionMonths: 3 });
    const invitation = await findInvitationByToken(d.invitations[0]!.token);
    expect(invitation).toMatchObject({ ok: true, invitation: { retentionMonths: 3 } });
  });

  it("changes freely until someone joins, then only gets shorter, audited", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    await changeRetention(viewer, { demarcheId: d.demarcheId, retentionMonths: 24 });
    await changeRetention(viewer, { demarcheId: d.demarcheId, retentionMonths: 12 });
    await joinAs(d.invitations[0]!.token, d.demarcheId, "Karim");
    expect(await getDemarcheLifecycle(viewer, d.demarcheId)).toMatchObject({
      retentionMonths: 12,
      someoneJoined: true,
    });

    await expect(changeRetention(viewer, { demarcheId: d.demarcheId, retentionMonths: 24 })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { retentionMonths: "lifecycle.longerThanConsented" },
    });
    await expect(changeRetention(viewer, { demarcheId: d.demarcheId, retentionMonths: 7 })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await retentionOf(d.demarcheId)).toBe(12);

    await changeRetention(viewer, { demarcheId: d.demarcheId, retentionMonths: 6 });
    expect(await retentionOf(d.demarcheId)).toBe(6);
    const trail = await db.auditEvent.findMany({
      where: { demarcheId: d.demarcheId, action: "demarche.retention" },
      orderBy: { createdAt: "asc" },
    });
    expect(trail.map((e) => JSON.parse(e.detail))).toEqual([
      { from: 12, to: 24 },
      { from: 24, to: 12 },
      { from: 12, to: 6 },
    ]);
  });

  it("a shorter period brings the anonymisation forward", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    await joinAs(d.invitations[0]!.token, d.demarcheId, "Karim");
    await changeRetention(viewer, { demarcheId: d.demarcheId, retentionMonths: 3 });
    const closedAt = new Date("2027-03-01T12:00:00Z");
    await setPhase(d.demarcheId, "cloturee", { closedAt });
    expect((await applyRetention(new Date("2027-05-01T12:00:00Z"))).demarcheIds).not.toContain(d.demarcheId);
    expect((await applyRetention(new Date("2027-06-02T12:00:00Z"))).demarcheIds).toContain(d.demarcheId);
  });

  it("is refused to anyone who does not run the démarche, and on a closed one", async () => {
    const viewer = await makeFacilitatorViewer();
    const outsider = await makeFacilitatorViewer();
    const d = await makeDemarche(viewer);
    await expect(changeRetention(outsider, { demarcheId: d.demarcheId, retentionMonths: 6 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await setPhase(d.demarcheId, "cloturee", { closedAt: new Date() });
    await expect(changeRetention(viewer, { demarcheId: d.demarcheId, retentionMonths: 6 })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
  });
});
