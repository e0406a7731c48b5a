import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createDemarche } from "@/server/demarches/create-demarche";
import { getDemarcheDashboard } from "@/server/demarches/get-demarche-dashboard";
import { getDemarcheSettings } from "@/server/demarches/get-demarche-settings";
import { updateDemarcheSettings } from "@/server/demarches/update-demarche-settings";
import { advancePhase } from "@/server/phases/advance-phase";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";
import { joinGroup, makeFacilitatorViewer } from "../../support/factories";

/** A démarche created without naming the person in charge of personal information, its groups full. */
async function unnamedDemarche() {
  const viewer = await makeFacilitatorViewer();
  const created = await createDemarche(viewer, {
    organisationName: "Organisme",
    name: "Sans responsable",
    startDate: "2026-10-01",
    endDate: "2027-02-26",
  });
  for (const group of created.groups) {
    const invitation = await createGroupInvitation(
      viewer,
      { demarcheId: created.demarcheId, groupId: group.id, expiresAt: new Date(Date.now() + 86_400_000) },
      db,
    );
    await joinGroup(invitation.token, created.demarcheId, 3, group.kind);
  }
  return { viewer, demarcheId: created.demarcheId };
}

describe("the person in charge of personal information (Law 25 §3.1)", () => {
  it("must be named, with a way to reach them, before the ateliers start; no reason overrides it", async () => {
    const { viewer, demarcheId } = await unnamedDemarche();
    const dashboard = await getDemarcheDashboard(viewer, demarcheId);
    expect(dashboard.advance).toMatchObject({ allowed: false, overridable: false });
    expect(dashboard.advance.blockers).toEqual([{ code: "noPrivacyOfficer", overridable: false }]);

    await expect(advancePhase(viewer, { demarcheId, from: "preparation" })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(
      advancePhase(viewer, { demarcheId, from: "preparation", overrideReason: "On verra plus tard" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await db.demarche.findUniqueOrThrow({ where: { id: demarcheId } })).phase).toBe("preparation");

    // A name without contact details is not enough either.
    const { values } = await getDemarcheSettings(viewer, demarcheId);
    await updateDemarcheSettings(viewer, { ...values, privacyOfficerName: "Francine Tremblay" });
    expect((await getDemarcheDashboard(viewer, demarcheId)).advance.blockers).toEqual([
      { code: "noPrivacyOfficer", overridable: false },
    ]);

    await updateDemarcheSettings(viewer, {
      ...values,
      privacyOfficerName: "Francine Tremblay",
      privacyOfficerContact: "vie-privee@example.org",
    });
    expect((await getDemarcheDashboard(viewer, demarcheId)).advance).toMatchObject({ allowed: true, blockers: [] });
    await expect(advancePhase(viewer, { demarcheId, from: "preparation" })).resolves.toEqual({ phase: "ateliers" });
  });

  it("can be named when the démarche is created", async () => {
    const viewer = await makeFacilitatorViewer();
    const { demarcheId } = await createDemarche(viewer, {
      organisationName: "Organisme",
      name: "Avec responsable",
      startDate: "2026-10-01",
      endDate: "2027-02-26",
      privacyOfficer: { name: "Francine Tremblay", contact: "vie-privee@example.org" },
    });
    expect((await getDemarcheSettings(viewer, demarcheId)).values).toMatchObject({
      privacyOfficerName: "Francine Tremblay",
      privacyOfficerContact: "vie-privee@example.org",
    });
    const blockers = (await getDemarcheDashboard(viewer, demarcheId)).advance.blockers.map((b) => b.code);
    expect(blockers).not.toContain("noPrivacyOfficer");
  });
});
