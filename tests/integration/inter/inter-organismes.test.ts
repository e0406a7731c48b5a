import "../../support/mock-next";
import { describe, expect, it } from "vitest";
import { createDemarcheAction, createInterDemarcheAction } from "@/app/(site)/demarches/nouvelle/actions";
import { saveInterAgreementAction } from "@/app/(site)/demarches/[demarcheId]/inter/actions";
import { db } from "@/server/db";
import { addGroup } from "@/server/groups/add-group";
import { addParticipantByHand } from "@/server/groups/add-participant-by-hand";
import { removeGroup } from "@/server/groups/remove-group";
import { renewGroupInvitation } from "@/server/invitations/renew-group-invitation";
import { startNewCycle } from "@/server/lifecycle/start-new-cycle";
import { addCoFacilitator } from "@/server/team/add-co-facilitator";
import { getBilanPdf } from "@/server/inter/get-bilan-pdf";
import { getInterDemarche } from "@/server/inter/get-inter-demarche";
import { actAs } from "../../support/acting-as";
import { callAction } from "../../support/call-endpoint";
import { dbFingerprint } from "../../support/db-fingerprint";
import {
  joinAs,
  makeDemarche,
  makeFacilitator,
  makeFacilitatorViewer,
  makeInterDemarche,
  setPhase,
  signInFacilitator,
} from "../../support/factories";

const form = {
  organisationName: "Maison des jeunes du Quartier",
  partnerOrganisationName: "Centre de femmes l'Étincelle",
  name: "Démarche inter-organismes 2027",
  startDate: "2027-01-11",
  endDate: "2027-03-22",
  engagementText: "Nos conditions inter",
  mandateExpertise: "E",
  mandateRepresentation: "R",
  mandateParticipation: "P",
  privacyOfficerName: "",
  privacyOfficerContact: "",
  retentionMonths: 12,
  namingConsentA: true,
  namingConsentB: true,
};

const EXPERT = { expertise: 800, representation: 100, participation: 100 };
const SHARED = { expertise: 300, representation: 300, participation: 400 };
const PARTICIPATIVE = { expertise: 100, representation: 200, participation: 700 };

function agreement(groupId: string, side: "a" | "b", current = EXPERT, desired = PARTICIPATIVE) {
  return {
    groupId,
    side,
    current,
    desired,
    why: "Parce que l'atelier l'a convenu",
    examples: "Un comité de destinataires",
  };
}

describe("creating an inter-organismes démarche", () => {
  it("records both organisations with their naming consents, two workshops, five meetings and no invitation", async () => {
    const viewer = await makeFacilitatorViewer();
    actAs(viewer);
    const outcome = await callAction(createInterDemarcheAction as never, form);
    expect(outcome.kind).toBe("success");
    expect(outcome.detail).toMatch(/^redirect \/demarches\/[^/]+\/inter$/);
    const demarcheId = outcome.detail.split("/")[2]!;
    const demarche = await db.demarche.findUniqueOrThrow({
      where: { id: demarcheId },
      include: {
        organisation: true,
        interOrganisations: { orderBy: { side: "asc" } },
        groups: { orderBy: { sortOrder: "asc" } },
        meetings: { orderBy: { sortOrder: "asc" } },
        invitations: true,
        engagementTexts: true,
      },
    });
    expect(demarche.context).toBe("inter-organismes");
    expect(demarche.organisation.name).toBe(form.organisationName);
    expect(demarche.interOrganisations.map((o) => [o.side, o.name, o.namingConsentById])).toEqual([
      ["a", form.organisationName, viewer.facilitatorId],
      ["b", form.partnerOrganisationName, viewer.facilitatorId],
    ]);
    expect(demarche.groups.map((g) => g.kind)).toEqual(["intervenants", "destinataires"]);
    expect(demarche.invitations).toEqual([]);
    expect(demarche.meetings.map((m) => [m.kind, m.title])).toEqual([
      ["lancement", "Rencontre de lancement"],
      ["atelier", "Atelier : Intervenant.e.s des deux organismes"],
      ["atelier", "Atelier : Destinataires des deux organismes"],
      ["mise_en_commun", "Rencontre commune des quatre participant.e.s"],
      ["autre", "Bilan des apprentissages"],
    ]);
    expect(demarche.engagementTexts.map((t) => t.body)).toEqual(["Nos conditions inter"]);
  });

  it("refuses without both organisations' consent to be named, or with the same organisation twice, writing nothing", async () => {
    const viewer = await makeFacilitatorViewer();
    actAs(viewer);
    const before = await dbFingerprint();
    const noB = await createInterDemarcheAction({ ...form, namingConsentB: false } as never);
    expect(noB).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { namingConsentB: expect.anything() } });
    const same = await createInterDemarcheAction({
      ...form,
      partnerOrganisationName: "maison des jeunes du quartier",
    } as never);
    expect(same).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { partnerOrganisationName: expect.anything() },
    });
    expect(await dbFingerprint()).toBe(before);
  });

  it("leaves the intra-organisme creation as it was: three groups, invitations, no organisations of an inter démarche", async () => {
    const viewer = await makeFacilitatorViewer();
    actAs(viewer);
    const outcome = await callAction(createDemarcheAction as never, form);
    expect(outcome.detail).toMatch(/^redirect \/demarches\/[^/]+$/);
    const demarche = await db.demarche.findUniqueOrThrow({
      where: { id: outcome.detail.split("/")[2]! },
      include: { groups: true, invitations: true, interOrganisations: true, meetings: true },
    });
    expect(demarche.context).toBe("intra-organisme");
    expect(demarche.groups).toHaveLength(3);
    expect(demarche.invitations).toHaveLength(3);
    expect(demarche.meetings).toHaveLength(6);
    expect(demarche.interOrganisations).toEqual([]);
  });
});

describe("a workshop's agreed positions", () => {
  it("saves one agreed pair per organisation, replaces it when saved again, and the bilan compares the pairs", async () => {
    const viewer = await makeFacilitatorViewer();
    const d = await makeInterDemarche(viewer);
    actAs(viewer);
    expect(await saveInterAgreementAction(agreement(d.workshops.intervenants, "a"))).toMatchObject({ ok: true });
    expect(await saveInterAgreementAction(agreement(d.workshops.intervenants, "a", SHARED, SHARED))).toMatchObject({
      ok: true,
    });
    let inter = await getInterDemarche(viewer, d.demarcheId);
    expect(inter.agreements).toHaveLength(1);
    expect(inter.agreements[0]).toMatchObject({
      workshop: "intervenants",
      side: "a",
      current: SHARED,
      desired: SHARED,
    });
    expect(inter.missing).toHaveLength(3);
    expect(inter.comparisons).toEqual([]);

    await saveInterAgreementAction(agreement(d.workshops.intervenants, "b", EXPERT, SHARED));
    await saveInterAgreementAction(agreement(d.workshops.destinataires, "a", SHARED, PARTICIPATIVE));
    await saveInterAgreementAction(agreement(d.workshops.destinataires, "b", PARTICIPATIVE, PARTICIPATIVE));
    inter = await getInterDemarche(viewer, d.demarcheId);
    expect(inter.missing).toEqual([]);
    expect(inter.comparisons.map((c) => [c.kind, c.a.workshop, c.a.side, c.b.workshop, c.b.side])).toEqual([
      ["organisations", "intervenants", "a", "intervenants", "b"],
      ["organisations", "destinataires", "a", "destinataires", "b"],
      ["perspectives", "intervenants", "a", "destinataires", "a"],
      ["perspectives", "intervenants", "b", "destinataires", "b"],
    ]);
    // Same agreed current position about A from both workshops.
    expect(inter.comparisons[2]!.current).toEqual({ distance: 0, verdict: "convergence" });
    expect(inter.comparisons[1]!.current.verdict).toBe("nuance");
    expect(inter.readings.find((r) => r.workshop === "destinataires" && r.side === "b")?.orientation).toBe(
      "consolider",
    );
    expect(await db.auditEvent.count({ where: { demarcheId: d.demarcheId, action: "inter.agreement.save" } })).toBe(5);
  });

  it("lets a co-accompagnateur.trice save too", async () => {
    const owner = await makeFacilitatorViewer();
    const d = await makeInterDemarche(owner);
    const colleague = await makeFacilitator();
    await addCoFacilitator(owner, { demarcheId: d.demarcheId, facilitatorId: colleague.id });
    actAs(await signInFacilitator(colleague.id));
    expect(await saveInterAgreementAction(agreement(d.workshops.destinataires, "b"))).toMatchObject({ ok: true });
  });

  it("refuses another facilitator, a participant and someone signed out, writing nothing", async () => {
    const owner = await makeFacilitatorViewer();
    const d = await makeInterDemarche(owner);
    const intra = await makeDemarche(owner);
    const participant = await joinAs(intra.invitations[0]!.token, intra.demarcheId, "Alex");
    const stranger = await makeFacilitatorViewer();
    const before = await dbFingerprint();
    actAs(stranger);
    expect(await saveInterAgreementAction(agreement(d.workshops.intervenants, "a"))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(participant);
    expect(await saveInterAgreementAction(agreement(d.workshops.intervenants, "a"))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs({ kind: "anonymous" });
    expect(await saveInterAgreementAction(agreement(d.workshops.intervenants, "a"))).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await dbFingerprint()).toBe(before);
  });

  it("refuses an intra démarche's group and a closed inter démarche, writing nothing", async () => {
    const owner = await makeFacilitatorViewer();
    const d = await makeInterDemarche(owner);
    const intra = await makeDemarche(owner);
    actAs(owner);
    await setPhase(d.demarcheId, "cloturee");
    const before = await dbFingerprint();
    expect(await saveInterAgreementAction(agreement(intra.groups[0]!.id, "a"))).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
    });
    expect(await saveInterAgreementAction(agreement(d.workshops.intervenants, "a"))).toMatchObject({
      ok: false,
      code: "INVALID_STATE",
    });
    expect(await dbFingerprint()).toBe(before);
  });

  it("refuses a missing position as a field error", async () => {
    const owner = await makeFacilitatorViewer();
    const d = await makeInterDemarche(owner);
    actAs(owner);
    const result = await saveInterAgreementAction({ ...agreement(d.workshops.intervenants, "a"), desired: null });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { desired: expect.anything() } });
  });
});

describe("an inter démarche collects no individual answer", () => {
  it("refuses an invitation, a participant added by hand and an extra group, writing nothing", async () => {
    const owner = await makeFacilitatorViewer();
    const d = await makeInterDemarche(owner);
    const engagement = await db.engagementText.findFirstOrThrow({ where: { demarcheId: d.demarcheId } });
    const before = await dbFingerprint();
    await expect(
      renewGroupInvitation(owner, { groupId: d.workshops.intervenants, expiresOn: "2099-01-01" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "inter.notForInter" });
    await expect(
      addParticipantByHand(owner, {
        groupId: d.workshops.destinataires,
        displayName: "Sans appareil",
        engagementTextId: engagement.id,
      }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "inter.notForInter" });
    await expect(
      addGroup(owner, { demarcheId: d.demarcheId, label: "Administrateur.trice.s", minSize: 3 }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "inter.notForInter" });
    expect(await dbFingerprint()).toBe(before);
  });

  it("keeps its two workshops, and starts no intra-organisme cycle under its engagement text, writing nothing", async () => {
    const owner = await makeFacilitatorViewer();
    const d = await makeInterDemarche(owner);
    const before = await dbFingerprint();
    // A workshop removed could never come back (no extra group): its bilan would stay incomplete.
    await expect(removeGroup(owner, { groupId: d.workshops.destinataires })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "inter.notForInter",
    });
    expect(await dbFingerprint()).toBe(before);
    // A new cycle would be an intra démarche with invitations, under a text saying no answer is collected.
    await setPhase(d.demarcheId, "cloturee");
    const closed = await dbFingerprint();
    await expect(
      startNewCycle(owner, {
        demarcheId: d.demarcheId,
        name: "Cycle suivant",
        startDate: "2027-10-01",
        endDate: "2028-02-28",
      }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "inter.notForInter" });
    expect(await dbFingerprint()).toBe(closed);
  });
});

describe("the bilan as a PDF", () => {
  it("gives each organisation its copy as a PDF file, audited; another facilitator gets nothing", async () => {
    const owner = await makeFacilitatorViewer();
    const d = await makeInterDemarche(owner);
    actAs(owner);
    await saveInterAgreementAction(agreement(d.workshops.intervenants, "a"));
    const { pdf, fileName } = await getBilanPdf(owner, d.demarcheId, "b");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(fileName).toBe("bilan-centre-de-femmes-l-etincelle.pdf");
    expect(await db.auditEvent.count({ where: { demarcheId: d.demarcheId, action: "inter.bilan.read" } })).toBe(1);
    await expect(getBilanPdf(await makeFacilitatorViewer(), d.demarcheId, "a")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("reading an inter démarche", () => {
  it("is for the facilitators who run it; an intra démarche is not one", async () => {
    const owner = await makeFacilitatorViewer();
    const d = await makeInterDemarche(owner);
    const intra = await makeDemarche(owner);
    await expect(getInterDemarche(await makeFacilitatorViewer(), d.demarcheId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getInterDemarche({ kind: "anonymous" }, d.demarcheId)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(getInterDemarche(owner, intra.demarcheId)).rejects.toMatchObject({ code: "INVALID_STATE" });
    const inter = await getInterDemarche(owner, d.demarcheId);
    expect(inter.organisations.map((o) => o.name)).toEqual([
      "Maison des jeunes du Quartier",
      "Centre de femmes l'Étincelle",
    ]);
    expect(inter.workshops.map((w) => w.kind)).toEqual(["intervenants", "destinataires"]);
  });
});
