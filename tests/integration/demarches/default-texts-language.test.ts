import "../../support/mock-next";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { describe, expect, it } from "vitest";
import { createDemarcheAction, createInterDemarcheAction } from "@/app/(site)/demarches/nouvelle/actions";
import { translator } from "@/i18n/translator";
import type { FacilitatorViewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { createDemarche } from "@/server/demarches/create-demarche";
import { getDemarcheDashboard } from "@/server/demarches/get-demarche-dashboard";
import { getDemarcheSettings } from "@/server/demarches/get-demarche-settings";
import { updateDemarcheSettings } from "@/server/demarches/update-demarche-settings";
import { addGroup } from "@/server/groups/add-group";
import { updateGroup } from "@/server/groups/update-group";
import { createInterDemarche } from "@/server/inter/create-inter-demarche";
import { startNewCycle } from "@/server/lifecycle/start-new-cycle";
import { actAs } from "../../support/acting-as";
import { makeFacilitatorViewer, setPhase } from "../../support/factories";

/**
 * Decision 024, addendum « default texts »: what the application writes into
 * a new démarche follows its output language, and a default of either
 * language is still recognised as a default.
 */
const fr = translator("defaults", "fr");
const en = translator("defaults", "en");

const PERIOD = { startDate: "2026-10-01", endDate: "2027-02-26" };

async function created(demarcheId: string) {
  return db.demarche.findUniqueOrThrow({
    where: { id: demarcheId },
    select: {
      outputLocale: true,
      mandateExpertiseText: true,
      mandateRepresentationText: true,
      mandateParticipationText: true,
      engagementTexts: { select: { version: true, body: true } },
      groups: { orderBy: { sortOrder: "asc" }, select: { id: true, kind: true, label: true } },
      meetings: { orderBy: { sortOrder: "asc" }, select: { kind: true, title: true, agenda: true, groupId: true } },
    },
  });
}

async function setOutputLocale(viewer: FacilitatorViewer, demarcheId: string, outputLocale: "fr" | "en") {
  const { values } = await getDemarcheSettings(viewer, demarcheId);
  await updateDemarcheSettings(viewer, { ...values, outputLocale });
}

/** Runs a creation action the way the form does; it redirects to the new démarche on success. */
async function runCreation(action: () => Promise<unknown>): Promise<string> {
  try {
    const result = await action();
    throw new Error(`no redirect: ${JSON.stringify(result)}`);
  } catch (error) {
    if (!isRedirectError(error)) throw error;
    const target = error.digest.split(";")[2] ?? "";
    return target.split("/demarches/")[1]!.split("/")[0]!;
  }
}

const FORM = {
  organisationName: "Westside Community Centre",
  name: "Reflective démarche 2026-2027",
  ...PERIOD,
  engagementText: "Our own terms.",
  mandateExpertise: "Staff decide.",
  mandateRepresentation: "People speak for members.",
  mandateParticipation: "Members decide with staff.",
  privacyOfficerName: "",
  privacyOfficerContact: "",
  retentionMonths: 12,
};

describe("the texts a new démarche is created with follow its output language", () => {
  it("an English démarche gets English group names, meetings, mandate descriptions and terms of engagement", async () => {
    const facilitator = await makeFacilitatorViewer();
    const { demarcheId } = await createDemarche(facilitator, {
      organisationName: "Westside Community Centre",
      name: "Reflective démarche",
      ...PERIOD,
      outputLocale: "en",
    });
    const d = await created(demarcheId);
    expect(d.outputLocale).toBe("en");
    expect(d.groups.map((g) => g.label)).toEqual([
      en("groupLabels.intervenants"),
      en("groupLabels.destinataires"),
      en("groupLabels.administrateurs"),
    ]);
    expect(d.groups.map((g) => g.label)).toContain("Board members (CA)");
    expect([d.mandateExpertiseText, d.mandateRepresentationText, d.mandateParticipationText]).toEqual([
      en("mandateText"),
      en("mandateText"),
      en("mandateText"),
    ]);
    expect(d.engagementTexts).toEqual([{ version: 1, body: en("engagementText") }]);
    expect(d.engagementTexts[0]!.body).toMatch(/^The reflective démarche/);
    const staff = d.groups[0]!;
    expect(d.meetings.map((m) => m.title)).toEqual([
      "Launch meeting",
      "Workshop: Staff (intervenant.e.s)",
      "Workshop: Destinataires",
      "Workshop: Board members (CA)",
      "Mise en commun meeting",
      "CA feedback",
    ]);
    expect(d.meetings.find((m) => m.groupId === staff.id)!.agenda).toBe(en("meetingAgendas.atelier"));
    // Nothing French was written.
    const written = JSON.stringify(d);
    for (const french of ["Rencontre", "Atelier", 'Intervenant.e.s"', "Une des trois tendances", "je m'engage"])
      expect(written).not.toContain(french);
  });

  it("a démarche created without a language is French, as before", async () => {
    const facilitator = await makeFacilitatorViewer();
    const { demarcheId } = await createDemarche(facilitator, {
      organisationName: "Maison de quartier",
      name: "Démarche",
      ...PERIOD,
    });
    const d = await created(demarcheId);
    expect(d.outputLocale).toBe("fr");
    expect(d.groups.map((g) => g.label)).toEqual([
      fr("groupLabels.intervenants"),
      fr("groupLabels.destinataires"),
      fr("groupLabels.administrateurs"),
    ]);
    expect(d.meetings[0]!.title).toBe("Rencontre de lancement");
    expect(d.engagementTexts[0]!.body).toBe(fr("engagementText"));
  });

  it("an English inter-organismes démarche gets English workshops, meetings and terms", async () => {
    const facilitator = await makeFacilitatorViewer();
    const { demarcheId } = await createInterDemarche(facilitator, {
      organisationName: "Westside Youth Centre",
      partnerOrganisationName: "Eastend Women's Centre",
      name: "Inter-organisation démarche",
      startDate: "2027-01-11",
      endDate: "2027-03-22",
      outputLocale: "en",
      namingConsents: { a: true, b: true },
    });
    const d = await created(demarcheId);
    expect(d.outputLocale).toBe("en");
    expect(d.groups.map((g) => g.label)).toEqual([
      en("interWorkshopLabels.intervenants"),
      en("interWorkshopLabels.destinataires"),
    ]);
    expect(d.meetings.map((m) => m.title)).toEqual([
      "Launch meeting",
      `Workshop: ${en("interWorkshopLabels.intervenants")}`,
      `Workshop: ${en("interWorkshopLabels.destinataires")}`,
      en("interMeetingTitles.mise_en_commun"),
      en("interMeetingTitles.bilan"),
    ]);
    expect(d.meetings.map((m) => m.agenda)).toContain(en("interMeetingAgendas.bilan"));
    expect(d.engagementTexts[0]!.body).toBe(en("interEngagementText"));
    expect(d.mandateExpertiseText).toBe(en("mandateText"));
  });

  it("both creation actions store the language the facilitator chose, French when left out, and refuse another", async () => {
    const facilitator = await makeFacilitatorViewer();
    actAs(facilitator);

    const english = await runCreation(() => createDemarcheAction({ ...FORM, outputLocale: "en" }));
    const e = await created(english);
    expect(e.outputLocale).toBe("en");
    // What the facilitator typed is kept as written; the rest is English.
    expect(e.engagementTexts[0]!.body).toBe("Our own terms.");
    expect(e.mandateExpertiseText).toBe("Staff decide.");
    expect(e.groups[0]!.label).toBe(en("groupLabels.intervenants"));

    const withoutLanguage = await runCreation(() => createDemarcheAction({ ...FORM, name: "Sans langue" }));
    expect((await created(withoutLanguage)).outputLocale).toBe("fr");

    const inter = await runCreation(() =>
      createInterDemarcheAction({
        ...FORM,
        partnerOrganisationName: "Eastend Women's Centre",
        namingConsentA: true,
        namingConsentB: true,
        outputLocale: "en",
      }),
    );
    const i = await created(inter);
    expect(i.outputLocale).toBe("en");
    expect(i.groups[0]!.label).toBe(en("interWorkshopLabels.intervenants"));

    const before = await db.demarche.count();
    const refused = await createDemarcheAction({ ...FORM, outputLocale: "de" as never });
    expect(refused).toMatchObject({ ok: false });
    expect(JSON.stringify(refused)).toContain("outputLocale");
    expect(await db.demarche.count()).toBe(before);
  });

  it("a group added to an English démarche gets an English atelier", async () => {
    const facilitator = await makeFacilitatorViewer();
    const { demarcheId } = await createDemarche(facilitator, {
      organisationName: "Westside",
      name: "Reflective démarche",
      ...PERIOD,
      outputLocale: "en",
    });
    const { groupId } = await addGroup(facilitator, { demarcheId, label: "Coordinators", minSize: 3 });
    const atelier = (await created(demarcheId)).meetings.find((m) => m.groupId === groupId)!;
    expect(atelier).toMatchObject({
      kind: "atelier",
      title: "Workshop: Coordinators",
      agenda: en("meetingAgendas.atelier"),
    });
  });

  it("« Nouveau cycle » keeps the démarche's language", async () => {
    const facilitator = await makeFacilitatorViewer();
    const { demarcheId } = await createDemarche(facilitator, {
      organisationName: "Westside",
      name: "Reflective démarche",
      ...PERIOD,
      outputLocale: "en",
    });
    await setPhase(demarcheId, "cloturee");
    const next = await startNewCycle(facilitator, {
      demarcheId,
      name: "Reflective démarche, next cycle",
      startDate: "2027-10-01",
      endDate: "2028-02-25",
    });
    const d = await created(next.demarcheId);
    expect(d.outputLocale).toBe("en");
    expect(d.groups[0]!.label).toBe(en("groupLabels.intervenants"));
    expect(d.meetings[0]!.title).toBe("Launch meeting");
  });
});

describe("a default of either language is still recognised as a default", () => {
  it("renaming a group renames its atelier still under a default title, in the language that title is in", async () => {
    const facilitator = await makeFacilitatorViewer();
    // Created in French, then switched to English: its French default titles stay as they were.
    const { demarcheId } = await createDemarche(facilitator, { organisationName: "Org", name: "Démarche", ...PERIOD });
    await setOutputLocale(facilitator, demarcheId, "en");
    // A group added now gets an English default title.
    const added = await addGroup(facilitator, { demarcheId, label: "Coordinators", minSize: 3 });
    const [staff, destinataires] = (await created(demarcheId)).groups;
    // A title the facilitator wrote is theirs: not touched.
    await db.meeting.updateMany({ where: { groupId: destinataires!.id }, data: { title: "Notre atelier du jeudi" } });

    await updateGroup(facilitator, { groupId: staff!.id, label: "Équipe", minSize: 3 });
    await updateGroup(facilitator, { groupId: added.groupId, label: "Coordination staff", minSize: 3 });
    await updateGroup(facilitator, { groupId: destinataires!.id, label: "Membres", minSize: 3 });

    const meetings = (await created(demarcheId)).meetings;
    const titleOf = (groupId: string) => meetings.find((m) => m.groupId === groupId)!.title;
    expect(titleOf(staff!.id)).toBe("Atelier des Équipe");
    expect(titleOf(added.groupId)).toBe("Workshop: Coordination staff");
    expect(titleOf(destinataires!.id)).toBe("Notre atelier du jeudi");
  });

  it("renaming an inter workshop renames its English default atelier", async () => {
    const facilitator = await makeFacilitatorViewer();
    const { demarcheId, groups } = await createInterDemarche(facilitator, {
      organisationName: "Westside Youth Centre",
      partnerOrganisationName: "Eastend Women's Centre",
      name: "Inter",
      startDate: "2027-01-11",
      endDate: "2027-03-22",
      outputLocale: "en",
      namingConsents: { a: true, b: true },
    });
    await updateGroup(facilitator, { groupId: groups[0]!.id, label: "Staff of both centres", minSize: 3 });
    const meeting = (await created(demarcheId)).meetings.find((m) => m.groupId === groups[0]!.id)!;
    expect(meeting.title).toBe("Workshop: Staff of both centres");
  });

  it("the dashboard reminds to describe the mandates still at the default of either language", async () => {
    const facilitator = await makeFacilitatorViewer();
    const english = await createDemarche(facilitator, {
      organisationName: "W",
      name: "E",
      ...PERIOD,
      outputLocale: "en",
    });
    expect((await getDemarcheDashboard(facilitator, english.demarcheId)).mandatesToDescribe).toEqual([
      "expertise",
      "representation",
      "participation",
    ]);

    // French defaults, output language changed to English later: still reminded.
    const french = await createDemarche(facilitator, { organisationName: "F", name: "F", ...PERIOD });
    await setOutputLocale(facilitator, french.demarcheId, "en");
    await db.demarche.update({
      where: { id: french.demarcheId },
      data: { mandateExpertiseText: "Staff decide what is good. For example: the programme is set by staff." },
    });
    expect((await getDemarcheDashboard(facilitator, french.demarcheId)).mandatesToDescribe).toEqual([
      "representation",
      "participation",
    ]);
  });
});
