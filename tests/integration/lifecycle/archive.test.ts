import "../../support/mock-next";
import { describe, expect, it } from "vitest";
import { setDemarcheArchivedAction } from "@/app/(site)/demarches/[demarcheId]/actions";
import { db } from "@/server/db";
import { getDemarcheDashboard } from "@/server/demarches/get-demarche-dashboard";
import { countArchivedDemarches, listFacilitatorDemarches } from "@/server/demarches/list-facilitator-demarches";
import { exportDemarcheJson } from "@/server/exports/export-demarche-json";
import { changeRetention } from "@/server/lifecycle/change-retention";
import { setDemarcheArchived } from "@/server/lifecycle/set-demarche-archived";
import { addCoFacilitator } from "@/server/team/add-co-facilitator";
import { removeCoFacilitator } from "@/server/team/remove-co-facilitator";
import { actAs } from "../../support/acting-as";
import { callAction } from "../../support/call-endpoint";
import { dbFingerprint } from "../../support/db-fingerprint";
import {
  joinAs,
  makeDemarche,
  makeFacilitator,
  makeFacilitatorViewer,
  setPhase,
  signInFacilitator,
} from "../../support/factories";

/** A closed démarche someone took part in, run by two, next to one still open. */
async function closedTeamDemarche() {
  const owner = await makeFacilitatorViewer();
  const colleague = await makeFacilitatorViewer();
  const d = await makeDemarche(owner, "Démarche réflexive 2026");
  await addCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId });
  await joinAs(d.invitations[0]!.token, d.demarcheId, "Karim");
  const open = await makeDemarche(owner, "Démarche réflexive 2027");
  await setPhase(d.demarcheId, "cloturee", { closedAt: new Date() });
  return { owner, colleague, d, open };
}

async function archiveAudit(demarcheId: string) {
  return db.auditEvent.findMany({
    where: { demarcheId, action: { in: ["demarche.archive", "demarche.unarchive"] } },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, entityId: true },
  });
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("archiving a closed démarche", () => {
  it("takes it out of its team's default list, keeps it reachable, readable, exported and read-only", async () => {
    const { owner, colleague, d, open } = await closedTeamDemarche();
    expect(ids(await listFacilitatorDemarches(owner)).sort()).toEqual([d.demarcheId, open.demarcheId].sort());

    await expect(setDemarcheArchived(owner, { demarcheId: d.demarcheId, archived: true })).resolves.toEqual({
      archived: true,
    });

    // Out of the list, for both facilitators; listed in the archives instead.
    for (const viewer of [owner, colleague]) {
      expect(ids(await listFacilitatorDemarches(viewer))).not.toContain(d.demarcheId);
      expect(ids(await listFacilitatorDemarches(viewer, { archived: true }))).toEqual([d.demarcheId]);
      expect(await countArchivedDemarches(viewer)).toBe(1);
    }
    expect(ids(await listFacilitatorDemarches(owner))).toEqual([open.demarcheId]);
    expect(ids(await listFacilitatorDemarches(owner, { archived: "all" })).sort()).toEqual(
      [d.demarcheId, open.demarcheId].sort(),
    );

    // Still there: the dashboard reads it, the export exports it, nothing changes it.
    const dashboard = await getDemarcheDashboard(colleague, d.demarcheId);
    expect(dashboard.demarche).toMatchObject({ readOnly: true, archivedAt: expect.any(Date), participantCount: 1 });
    const { json } = await exportDemarcheJson(owner, d.demarcheId);
    expect(json).toContain("Démarche réflexive 2026");
    // The export says it is archived, and since when, as the dashboard does.
    const archived = await db.demarche.findUniqueOrThrow({ where: { id: d.demarcheId } });
    expect(JSON.parse(json).demarche.archivedAt).toBe(archived.archivedAt!.toISOString());
    await expect(changeRetention(owner, { demarcheId: d.demarcheId, retentionMonths: 3 })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });

    expect(await archiveAudit(d.demarcheId)).toEqual([
      { action: "demarche.archive", actorId: owner.facilitatorId, entityId: d.demarcheId },
    ]);
  });

  it("the co-accompagnateur.trice archives it and brings it back to the list; asking twice writes once", async () => {
    const { owner, colleague, d } = await closedTeamDemarche();
    await setDemarcheArchived(colleague, { demarcheId: d.demarcheId, archived: true });
    await setDemarcheArchived(owner, { demarcheId: d.demarcheId, archived: true });
    expect(ids(await listFacilitatorDemarches(owner))).not.toContain(d.demarcheId);

    await expect(setDemarcheArchived(colleague, { demarcheId: d.demarcheId, archived: false })).resolves.toEqual({
      archived: false,
    });
    expect(ids(await listFacilitatorDemarches(owner))).toContain(d.demarcheId);
    expect(await countArchivedDemarches(owner)).toBe(0);
    expect((await db.demarche.findUniqueOrThrow({ where: { id: d.demarcheId } })).archivedAt).toBeNull();
    expect(await archiveAudit(d.demarcheId)).toEqual([
      { action: "demarche.archive", actorId: colleague.facilitatorId, entityId: d.demarcheId },
      { action: "demarche.unarchive", actorId: colleague.facilitatorId, entityId: d.demarcheId },
    ]);
  });

  it("only a closed démarche is archived", async () => {
    const { owner, open } = await closedTeamDemarche();
    const before = await dbFingerprint();
    await expect(setDemarcheArchived(owner, { demarcheId: open.demarcheId, archived: true })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "lifecycle.archiveNotClosed",
    });
    expect(await dbFingerprint()).toBe(before);
  });

  it("refuses anyone not on the team, the instance's administrateur.trice and a removed colleague included, writing nothing", async () => {
    const { owner, colleague, d } = await closedTeamDemarche();
    const administrator = await signInFacilitator((await makeFacilitator({ role: "administrateur" })).id);
    const stranger = await makeFacilitatorViewer();
    await setPhase(d.demarcheId, "suivi");
    await removeCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.facilitatorId });
    await setPhase(d.demarcheId, "cloturee", { closedAt: new Date() });

    const before = await dbFingerprint();
    for (const viewer of [administrator, stranger, colleague]) {
      for (const archived of [true, false]) {
        await expect(setDemarcheArchived(viewer, { demarcheId: d.demarcheId, archived })).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
      }
    }
    expect(await dbFingerprint()).toBe(before);
  });

  it("through the server action: an allowed call is ok, a refused one an error as data", async () => {
    const { owner, d } = await closedTeamDemarche();
    const administrator = await signInFacilitator((await makeFacilitator({ role: "administrateur" })).id);

    actAs(administrator);
    expect(
      await callAction(setDemarcheArchivedAction as never, { demarcheId: d.demarcheId, archived: true }),
    ).toMatchObject({ kind: "refused", code: "NOT_FOUND" });
    actAs(owner);
    expect(
      await callAction(setDemarcheArchivedAction as never, { demarcheId: d.demarcheId, archived: "oui" }),
    ).toMatchObject({ kind: "refused", code: "VALIDATION" });
    expect(await callAction(setDemarcheArchivedAction as never, { demarcheId: d.demarcheId, archived: true })).toEqual({
      kind: "success",
      detail: "ok",
    });
    expect(await countArchivedDemarches(owner)).toBe(1);
  });
});
