import "server-only";
import { ADMIN_ROLE } from "@/domain/accounts";
import { isLocalInstance } from "@/lib/instance";
import { hashPassword } from "@/server/auth/passwords";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { createDemarche } from "@/server/demarches/create-demarche";
import type { Locale } from "@/i18n/locales";
import { DEMO } from "@/server/demo/demo-facts";
import { ENGLISH_DEMO_PEOPLE } from "@/server/demo/english-demo";
import { seedPreviousCycle } from "@/server/demo/seed-previous-cycle";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";
import { randomToken } from "@/server/secrets";

export type SeedOutcome = "seeded" | "not-empty" | "not-local" | "disabled";

export type DemoPerson = {
  name: string;
  current: [number, number, number];
  desired: [number, number, number];
  submitted: boolean;
  /** What they wrote: why, examples (current, then desired), and the conditions that hinder and support. */
  texts?: [string, string, string, string, string, string];
};

/** Demo participants per group, with a current and desired position in per-mille (E, R, P). */
const PEOPLE: Record<DemoKind, DemoPerson[]> = {
  intervenants: [
    {
      name: "Marie-Ève",
      current: [600, 200, 200],
      desired: [300, 300, 400],
      submitted: true,
      texts: [
        "On décide beaucoup à la place des gens, parce qu'on connaît les programmes.",
        "Les plans d'intervention sont rédigés par l'équipe avant la rencontre.",
        "Les personnes devraient choisir elles-mêmes les activités.",
        "Un comité de participant.e.s qui prépare la programmation d'automne.",
        "Le temps : les dossiers débordent.",
        "L'équipe est ouverte et la coordination appuie les essais.",
      ],
    },
    {
      name: "Karim",
      current: [500, 300, 200],
      desired: [300, 200, 500],
      submitted: true,
      texts: [
        "Notre expertise est reconnue par les bailleurs de fonds, on la met de l'avant.",
        "Les ateliers d'information budgétaire sont donnés par nous.",
        "Donner plus de place à la parole des destinataires.",
        "Des assemblées de cuisine où les gens fixent l'ordre du jour.",
        "Les exigences de reddition de comptes.",
        "",
      ],
    },
    {
      name: "Sophie",
      current: [700, 100, 200],
      desired: [400, 200, 400],
      submitted: true,
      texts: [
        "",
        "L'accueil individuel, où on oriente vers les services.",
        "Partager l'expertise plutôt que la garder.",
        "",
        "",
        "La formation en animation reçue l'an dernier.",
      ],
    },
  ],
  destinataires: [
    {
      name: "Jocelyne",
      current: [500, 100, 400],
      desired: [300, 200, 500],
      submitted: true,
      texts: [
        "Les intervenantes savent quoi faire et nous aident bien.",
        "Quand j'ai eu besoin d'un logement, on m'a tout expliqué.",
        "J'aimerais qu'on nous demande plus notre avis.",
        "Choisir les sorties du groupe.",
        "On n'ose pas toujours parler devant tout le monde.",
        "Le café-rencontre du jeudi.",
      ],
    },
    {
      name: "Ti-Paul",
      current: [600, 200, 200],
      desired: [200, 300, 500],
      submitted: true,
      texts: [
        "C'est surtout l'équipe qui décide.",
        "",
        "Qu'on puisse défendre nos droits ensemble.",
        "Aller parler à la Ville pour le transport.",
        "Les heures d'ouverture ne conviennent pas à ceux qui travaillent.",
        "",
      ],
    },
    { name: "Amina", current: [400, 200, 400], desired: [300, 100, 600], submitted: false },
  ],
  administrateurs: [
    {
      name: "Louise",
      current: [300, 500, 200],
      desired: [300, 500, 200],
      submitted: true,
      texts: [
        "L'organisme porte la voix du quartier dans les tables de concertation.",
        "La participation au comité logement de l'arrondissement.",
        "Garder cet équilibre, il nous sert bien.",
        "",
        "Le roulement au conseil d'administration.",
        "Des liens solides avec les partenaires.",
      ],
    },
    {
      name: "Pierre",
      current: [400, 400, 200],
      desired: [400, 400, 200],
      submitted: true,
      texts: ["", "", "Nous sommes à la bonne place.", "", "Le financement par projet.", ""],
    },
    {
      name: "Nicole",
      current: [300, 400, 300],
      desired: [200, 400, 400],
      submitted: true,
      texts: [
        "Le CA représente bien les membres.",
        "",
        "Plus de membres au CA qui viennent des destinataires.",
        "Un siège réservé aux participant.e.s à l'assemblée générale.",
        "",
        "L'assemblée générale est bien fréquentée.",
      ],
    },
  ],
};

type DemoKind = keyof typeof DEMO.codes;

/** One demo démarche: its organisation, its output language, its fixed codes and its people's words. */
type DemoDemarche = {
  outputLocale: Locale;
  organisation: string;
  demarche: string;
  codes: Record<DemoKind, string>;
  privacyOfficer: { name: string; contact: string };
  people: Record<DemoKind, DemoPerson[]>;
};

const DEMO_DEMARCHES: DemoDemarche[] = [
  {
    outputLocale: "fr",
    organisation: DEMO.organisation,
    demarche: DEMO.demarche,
    codes: DEMO.codes,
    privacyOfficer: { name: "Francine Tremblay, coordonnatrice", contact: "confidentialite@trois-rivages.example" },
    people: PEOPLE,
  },
  {
    // Decision 024: an English-speaking organisation's own démarche, not a translation of the French one.
    outputLocale: "en",
    organisation: DEMO.english.organisation,
    demarche: DEMO.english.demarche,
    codes: DEMO.english.codes,
    privacyOfficer: { name: "Judith Morrison, director", contact: "privacy@riverside-house.example" },
    people: ENGLISH_DEMO_PEOPLE,
  },
];

/**
 * Loads the demo, only into an empty database (no facilitator, no démarche)
 * on a local instance, and never when DEMO=off: one facilitator running two
 * démarches in their ateliers, a French one and an English one (decision
 * 024), each with its earlier, closed cycle.
 */
export async function seedDemo(env: NodeJS.ProcessEnv = process.env): Promise<SeedOutcome> {
  if ((env.DEMO ?? "on").toLowerCase() === "off") return "disabled";
  if (!isLocalInstance(env)) return "not-local";
  const [facilitators, demarches] = await Promise.all([db.facilitator.count(), db.demarche.count()]);
  if (facilitators > 0 || demarches > 0) return "not-empty";

  const facilitator = await db.facilitator.create({
    data: {
      name: DEMO.facilitator.name,
      email: DEMO.facilitator.email,
      passwordHash: await hashPassword(DEMO.facilitator.password),
      isDemo: true,
      // The instance's first account is its administrateur.trice (decision 020).
      role: ADMIN_ROLE,
    },
  });
  const viewer: Viewer = {
    kind: "facilitator",
    sessionId: "seed",
    facilitatorId: facilitator.id,
    name: facilitator.name,
    email: facilitator.email,
    isDemo: true,
  };
  for (const demo of DEMO_DEMARCHES) await seedDemoDemarche(viewer, demo);
  return "seeded";
}

async function seedDemoDemarche(viewer: Viewer, demo: DemoDemarche): Promise<void> {
  const created = await createDemarche(
    viewer,
    {
      organisationName: demo.organisation,
      name: demo.demarche,
      startDate: "2026-10-01",
      endDate: "2027-02-26",
      outputLocale: demo.outputLocale,
    },
    { isDemo: true, withInvitations: false },
  );
  const { demarcheId } = created;
  await db.demarche.update({
    where: { id: demarcheId },
    data: {
      phase: "ateliers",
      privacyOfficerName: demo.privacyOfficer.name,
      privacyOfficerContact: demo.privacyOfficer.contact,
    },
  });
  const text = await db.engagementText.findFirstOrThrow({ where: { demarcheId }, select: { id: true } });

  for (const group of created.groups) {
    const kind = group.kind as DemoKind;
    await createGroupInvitation(
      viewer,
      {
        demarcheId,
        groupId: group.id,
        expiresAt: new Date("2027-02-26T23:59:00-05:00"),
        fixed: { token: randomToken(), code: demo.codes[kind] },
      },
      db,
    );
    for (const person of demo.people[kind]) {
      const [ce, cr, cp] = person.current;
      const [de, dr, dp] = person.desired;
      const [currentWhy, currentExamples, desiredWhy, desiredExamples, conditionsHinder, conditionsSupport] =
        person.texts ?? ["", "", "", "", "", ""];
      await db.participant.create({
        data: {
          demarcheId,
          groupId: group.id,
          displayName: person.name,
          // Demo people are members already (decision 013).
          admittedAt: new Date(),
          consents: { create: { engagementTextId: text.id, purpose: "participation" } },
          position: {
            create: {
              demarcheId,
              groupId: group.id,
              currentExpertise: ce,
              currentRepresentation: cr,
              currentParticipation: cp,
              desiredExpertise: de,
              desiredRepresentation: dr,
              desiredParticipation: dp,
              currentWhy,
              currentExamples,
              desiredWhy,
              desiredExamples,
              conditionsHinder,
              conditionsSupport,
              status: person.submitted ? "submitted" : "draft",
              submittedAt: person.submitted ? new Date() : null,
            },
          },
        },
      });
    }
  }
  await seedPreviousCycle(viewer, demarcheId);
}
