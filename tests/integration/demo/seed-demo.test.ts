import { beforeAll, describe, expect, it } from "vitest";
import { fromPerMille } from "@/domain/position";
import { translator } from "@/i18n/translator";
import type { FacilitatorViewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { DEMO } from "@/server/demo/demo-facts";
import { ENGLISH_DEMO_PEOPLE, ENGLISH_PREVIOUS_CYCLE } from "@/server/demo/english-demo";
import { seedDemo } from "@/server/demo/seed-demo";
import { findInvitationByToken } from "@/server/participants/find-invitation";
import { resolveCode } from "@/server/participants/resolve-code";
import { getReport } from "@/server/report/get-report";
import { signInFacilitator } from "../../support/factories";

/**
 * The demo (README « The demo »): one facilitator, a French démarche and an
 * English one (decision 024), each in its ateliers with an earlier, closed
 * cycle. The English one is an English-speaking organisation's own démarche:
 * its generated texts are English and its people wrote in English.
 */
const en = translator("defaults", "en");
const fr = translator("defaults", "fr");
const KINDS = ["intervenants", "destinataires", "administrateurs"] as const;

/** A local instance with the demo on: the only place the demo loads. */
const LOCAL = { ...process.env, BASE_URL: "http://localhost:3000", DEMO: "on" };

let facilitator: FacilitatorViewer;

async function demarcheNamed(name: string) {
  return db.demarche.findFirstOrThrow({
    where: { name },
    select: {
      id: true,
      outputLocale: true,
      phase: true,
      isDemo: true,
      previousDemarcheId: true,
      organisation: { select: { name: true } },
      mandateExpertiseText: true,
      mandateRepresentationText: true,
      mandateParticipationText: true,
      engagementTexts: { select: { body: true } },
      groups: { orderBy: { sortOrder: "asc" }, select: { id: true, kind: true, label: true } },
      meetings: { orderBy: { sortOrder: "asc" }, select: { kind: true, title: true, agenda: true } },
    },
  });
}

/** Every text the application wrote into a démarche is the default in `locale`, none in the other language. */
function expectDefaultsIn(d: Awaited<ReturnType<typeof demarcheNamed>>, locale: "fr" | "en") {
  const [t, other] = locale === "en" ? [en, fr] : [fr, en];
  expect(d.outputLocale).toBe(locale);
  expect(d.groups.map((g) => g.label)).toEqual(KINDS.map((k) => t(`groupLabels.${k}`)));
  expect([d.mandateExpertiseText, d.mandateRepresentationText, d.mandateParticipationText]).toEqual([
    t("mandateText"),
    t("mandateText"),
    t("mandateText"),
  ]);
  expect(d.engagementTexts.map((e) => e.body)).toEqual([t("engagementText")]);
  const groupLabels = KINDS.map((k) => t(`groupLabels.${k}`));
  for (const meeting of d.meetings) {
    const titles =
      meeting.kind === "atelier"
        ? groupLabels.map((group) => t("meetingTitles.atelier", { group }))
        : [t(`meetingTitles.${meeting.kind}`)];
    expect(titles).toContain(meeting.title);
    expect(meeting.agenda).toBe(t(`meetingAgendas.${meeting.kind}`));
    expect(meeting.agenda).not.toBe(other(`meetingAgendas.${meeting.kind}`));
  }
}

beforeAll(async () => {
  expect(await seedDemo(LOCAL)).toBe("seeded");
  const account = await db.facilitator.findUniqueOrThrow({
    where: { email: DEMO.facilitator.email },
    select: { id: true },
  });
  facilitator = await signInFacilitator(account.id);
});

describe("the demo", () => {
  it("holds a French and an English démarche, each with its closed earlier cycle, run by the one demo facilitator", async () => {
    const rows = await db.demarche.findMany({
      select: { name: true, outputLocale: true, phase: true, isDemo: true, facilitators: { select: { role: true } } },
      orderBy: { name: "asc" },
    });
    expect(rows.map((r) => [r.name, r.outputLocale, r.phase])).toEqual([
      ["Démarche réflexive 2024-2025", "fr", "cloturee"],
      [DEMO.demarche, "fr", "ateliers"],
      [ENGLISH_PREVIOUS_CYCLE.name, "en", "cloturee"],
      [DEMO.english.demarche, "en", "ateliers"],
    ]);
    expect(rows.every((r) => r.isDemo && r.facilitators.length === 1)).toBe(true);
    expect(await db.facilitator.count()).toBe(1);
    // Nothing loads twice: the database is no longer empty.
    expect(await seedDemo(LOCAL)).toBe("not-empty");
  });

  it("writes the French démarche's generated texts in French and the English démarche's in English", async () => {
    expectDefaultsIn(await demarcheNamed(DEMO.demarche), "fr");
    expectDefaultsIn(await demarcheNamed("Démarche réflexive 2024-2025"), "fr");
    const english = await demarcheNamed(DEMO.english.demarche);
    expect(english.organisation.name).toBe(DEMO.english.organisation);
    expectDefaultsIn(english, "en");
    expectDefaultsIn(await demarcheNamed(ENGLISH_PREVIOUS_CYCLE.name), "en");
  });

  it("gives the English démarche its own participants, who wrote in English", async () => {
    const english = await demarcheNamed(DEMO.english.demarche);
    const people = await db.participant.findMany({
      where: { demarcheId: english.id },
      select: { displayName: true, group: { select: { kind: true } }, position: { select: { currentWhy: true } } },
    });
    for (const kind of KINDS) {
      expect(people.filter((p) => p.group.kind === kind).map((p) => p.displayName)).toEqual(
        ENGLISH_DEMO_PEOPLE[kind].map((p) => p.name),
      );
    }
    const written = people.map((p) => p.position?.currentWhy ?? "").filter((text) => text !== "");
    expect(written).toContain("Mostly it's the staff who decide.");
    // None of the French démarche's words.
    expect(written.join(" ")).not.toMatch(/ [lL]es |équipe/);
  });

  it("opens each group of the English démarche with its own fixed code", async () => {
    const english = await demarcheNamed(DEMO.english.demarche);
    for (const kind of KINDS) {
      const resolved = await resolveCode({ code: DEMO.english.codes[kind], ip: "192.0.2.10" });
      expect(resolved.kind).toBe("invitation");
      const invitation = await findInvitationByToken(resolved.kind === "invitation" ? resolved.token : "");
      expect(invitation).toMatchObject({
        ok: true,
        invitation: { demarcheId: english.id, groupLabel: en(`groupLabels.${kind}`) },
      });
    }
  });

  it("computes the English earlier cycle's report: each group's figures, the pistes and the board's answers", async () => {
    const previous = await demarcheNamed(ENGLISH_PREVIOUS_CYCLE.name);
    const { model, outputLocale } = await getReport(facilitator, previous.id);
    expect(outputLocale).toBe("en");
    expect(model.demarche.organisationName).toBe(DEMO.english.organisation);
    expect(model.groups.map((g) => g.label)).toEqual(KINDS.map((k) => en(`groupLabels.${k}`)));
    for (const kind of KINDS) {
      const seeded = ENGLISH_PREVIOUS_CYCLE.groups[kind];
      const group = model.groups.find((g) => g.kind === kind)!;
      expect(group.status).toBe("reported");
      expect(group.responseCount).toBe(seeded.people.length);
      expect(group.agreed).toBe(true);
      const [e, r, p] = seeded.agreement.current;
      const [de, dr, dp] = seeded.agreement.desired;
      const current = fromPerMille({ expertise: e, representation: r, participation: p });
      const desired = fromPerMille({ expertise: de, representation: dr, participation: dp });
      for (const mandate of ["expertise", "representation", "participation"] as const) {
        expect(group.positions!.current[mandate]).toBeCloseTo(current[mandate], 6);
        expect(group.positions!.desired[mandate]).toBeCloseTo(desired[mandate], 6);
      }
      expect(group.justification).toBe(seeded.agreement.justification);
    }
    expect(model.participation).toEqual({ groups: 3, participants: 9, releasedGroups: 3 });
    expect(model.pistes.map((p) => [p.title, p.answer?.decision])).toEqual(
      ENGLISH_PREVIOUS_CYCLE.plenary.map((p) => [p.title, p.answer.decision]),
    );
    expect(model.caReport?.summary).toBe(ENGLISH_PREVIOUS_CYCLE.caSummary);
  });

  it("computes the English démarche's own report, compared with its earlier cycle", async () => {
    const english = await demarcheNamed(DEMO.english.demarche);
    const { model, outputLocale } = await getReport(facilitator, english.id);
    expect(outputLocale).toBe("en");
    expect(model.demarche.name).toBe(DEMO.english.demarche);
    expect(model.participation.participants).toBe(KINDS.reduce((n, k) => n + ENGLISH_DEMO_PEOPLE[k].length, 0));
    expect(model.groups.map((g) => g.label)).toEqual(KINDS.map((k) => en(`groupLabels.${k}`)));
    // In its ateliers: no group released its results yet, so no figure is shown.
    expect(model.groups.every((g) => g.status === "not-released" && g.positions === null)).toBe(true);
    expect(model.previousCycle).toMatchObject({
      demarcheId: english.previousDemarcheId,
      name: ENGLISH_PREVIOUS_CYCLE.name,
    });
    expect(model.previousCycle!.groups.map((g) => g.comparison)).toEqual([
      "no-figures-now",
      "no-figures-now",
      "no-figures-now",
    ]);
  });
});
