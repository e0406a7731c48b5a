import type { ParticipantViewer } from "@/server/auth/viewer";
import { createSessionRecord } from "@/server/auth/session-records";
import { viewerFromSessionId, type FacilitatorViewer } from "@/server/auth/viewer";
import type { ConditionKind, DecisionMode, Phase, PisteOrientation } from "@/domain/vocabulary";
import { db } from "@/server/db";
import { codeDigest } from "@/server/secrets";
import { makeDemarche } from "./factories";

/**
 * Factories for the mise en commun and the CA report: a group's finished
 * workshop (people, submitted positions with their individual texts, the
 * group's agreement, conditions and pistes, release). They write rows
 * directly because the workshop's own server functions belong to another
 * issue; the rows are the ones those functions produce. Shared by the
 * integration tests and the end-to-end seed (scripts/seed-e2e-plenary.ts).
 */

export type Triple = [expertise: number, representation: number, participation: number];

export type PersonWork = {
  name: string;
  current: Triple;
  desired: Triple;
  submitted?: boolean;
  /** Individual texts: they must never reach the report. */
  currentWhy?: string;
  currentExamples?: string;
  desiredWhy?: string;
  desiredExamples?: string;
  conditionsHinder?: string;
  conditionsSupport?: string;
  /** A personal return code, to sign in as this person in a browser. */
  returnCode?: string;
};

export type GroupWork = {
  people: PersonWork[];
  agreement?: {
    current: Triple;
    desired: Triple;
    decisionMode?: DecisionMode;
    justification?: string;
    examples?: string;
    participantCount?: number | null;
  };
  conditions?: { kind: ConditionKind; theme: string; text: string }[];
  pistes?: { orientation: PisteOrientation; title: string; description?: string }[];
  released?: boolean;
};

const triple = (prefix: "current" | "desired", [e, r, p]: Triple) => ({
  [`${prefix}Expertise`]: e,
  [`${prefix}Representation`]: r,
  [`${prefix}Participation`]: p,
});

/** Writes a group's finished workshop; returns the participants' ids in order. */
export async function recordGroupWork(demarcheId: string, groupId: string, work: GroupWork): Promise<string[]> {
  const text = await db.engagementText.findFirstOrThrow({
    where: { demarcheId },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  const ids: string[] = [];
  for (const person of work.people) {
    const submitted = person.submitted ?? true;
    const participant = await db.participant.create({
      data: {
        demarcheId,
        groupId,
        displayName: person.name,
        returnCodeHash: person.returnCode ? codeDigest(person.returnCode) : null,
        consents: { create: { engagementTextId: text.id, purpose: "participation" } },
        position: {
          create: {
            demarcheId,
            groupId,
            ...triple("current", person.current),
            ...triple("desired", person.desired),
            currentWhy: person.currentWhy ?? "",
            currentExamples: person.currentExamples ?? "",
            desiredWhy: person.desiredWhy ?? "",
            desiredExamples: person.desiredExamples ?? "",
            conditionsHinder: person.conditionsHinder ?? "",
            conditionsSupport: person.conditionsSupport ?? "",
            status: submitted ? "submitted" : "draft",
            submittedAt: submitted ? new Date() : null,
          },
        },
      },
      select: { id: true },
    });
    ids.push(participant.id);
  }
  if (work.agreement) {
    const a = work.agreement;
    await db.groupAgreement.create({
      data: {
        groupId,
        ...(triple("current", a.current) as {
          currentExpertise: number;
          currentRepresentation: number;
          currentParticipation: number;
        }),
        ...(triple("desired", a.desired) as {
          desiredExpertise: number;
          desiredRepresentation: number;
          desiredParticipation: number;
        }),
        decisionMode: a.decisionMode ?? "consensus",
        justification: a.justification ?? "",
        examples: a.examples ?? "",
        participantCount: a.participantCount ?? null,
      },
    });
  }
  for (const [index, condition] of (work.conditions ?? []).entries()) {
    await db.groupCondition.create({ data: { groupId, ...condition, sortOrder: index } });
  }
  for (const [index, piste] of (work.pistes ?? []).entries()) {
    await db.piste.create({
      data: {
        demarcheId,
        groupId,
        orientation: piste.orientation,
        title: piste.title,
        description: piste.description ?? "",
        sortOrder: index,
      },
    });
  }
  if (work.released ?? true) {
    const now = new Date();
    await db.group.update({ where: { id: groupId }, data: { workshopClosedAt: now, releasedAt: now } });
  }
  return ids;
}

/** Moves the démarche to a phase, as the phase transitions (another issue) will. */
export async function setPhase(demarcheId: string, phase: Phase): Promise<void> {
  await db.demarche.update({
    where: { id: demarcheId },
    data: { phase, closedAt: phase === "cloturee" ? new Date() : null },
  });
}

export async function signInParticipant(participantId: string): Promise<ParticipantViewer> {
  const viewer = await viewerFromSessionId(await createSessionRecord("participant", participantId));
  if (viewer.kind !== "participant") throw new Error("expected a participant session");
  return viewer;
}

/**
 * Three groups of three whose agreed positions give, on the current
 * positions, a convergence (intervenant.e.s / destinataires, 0,09) and two
 * divergences (each with the CA, ≥ 0,30), a shared condition theme
 * (« Financement »), and opposite movements on expertise and representation.
 */
export const PLENARY_WORK: Record<"intervenants" | "destinataires" | "administrateurs", GroupWork> = {
  intervenants: {
    people: [
      {
        name: "Mireille",
        current: [600, 200, 200],
        desired: [300, 200, 500],
        currentWhy: "Nous décidons souvent seuls.",
      },
      { name: "Jonathan", current: [550, 250, 200], desired: [300, 250, 450] },
      { name: "Aïcha", current: [650, 150, 200], desired: [350, 150, 500] },
    ],
    agreement: {
      current: [600, 200, 200],
      desired: [300, 200, 500],
      justification: "Les activités sont surtout conçues par l'équipe.",
      examples: "Les ateliers de cuisine sont préparés sans les membres.",
    },
    conditions: [
      { kind: "entrave", theme: "Financement", text: "Les bailleurs financent des services, pas la participation." },
      { kind: "favorise", theme: "Temps en équipe", text: "Les réunions d'équipe hebdomadaires." },
    ],
    pistes: [
      {
        orientation: "changer-de-cap",
        title: "Associer les membres à la programmation",
        description: "Un comité de membres choisit les activités.",
      },
    ],
  },
  destinataires: {
    people: [
      { name: "Gisèle", current: [550, 150, 300], desired: [200, 300, 500] },
      { name: "Bertrand", current: [500, 200, 300], desired: [250, 300, 450] },
      { name: "Nour", current: [600, 100, 300], desired: [150, 300, 550] },
    ],
    agreement: {
      current: [550, 150, 300],
      desired: [200, 300, 500],
      justification: "On nous consulte parfois, mais les décisions se prennent ailleurs.",
      examples: "Le choix des sorties de l'été.",
    },
    conditions: [
      { kind: "entrave", theme: "financement", text: "Pas de budget pour les transports." },
      { kind: "favorise", theme: "Accueil", text: "L'accueil chaleureux de l'équipe." },
    ],
    pistes: [{ orientation: "changer-de-cap", title: "Une assemblée des membres deux fois par année" }],
  },
  administrateurs: {
    people: [
      { name: "Claudette", current: [200, 600, 200], desired: [300, 500, 200] },
      { name: "Réjean", current: [250, 550, 200], desired: [300, 500, 200] },
      { name: "Fatima", current: [150, 650, 200], desired: [300, 500, 200] },
    ],
    agreement: {
      current: [200, 600, 200],
      desired: [300, 500, 200],
      justification: "Le CA porte la parole des membres auprès des partenaires.",
      examples: "La représentation à la table de quartier.",
    },
    conditions: [{ kind: "favorise", theme: "Financement", text: "Un financement à la mission stable." }],
    pistes: [{ orientation: "consolider", title: "Maintenir la représentation à la table de quartier" }],
  },
};

/** A démarche at the mise en commun with the three groups above released. */
export async function makePlenaryDemarche(
  facilitator: FacilitatorViewer,
  options: { name?: string; returnCodes?: Partial<Record<keyof typeof PLENARY_WORK, string>> } = {},
) {
  const demarche = await makeDemarche(facilitator, options.name ?? "Démarche en mise en commun");
  const participants: Record<string, string[]> = {};
  for (const group of demarche.groups) {
    const kind = group.kind as keyof typeof PLENARY_WORK;
    const work = PLENARY_WORK[kind];
    const code = options.returnCodes?.[kind];
    const people = work.people.map((person, index) => (index === 0 && code ? { ...person, returnCode: code } : person));
    participants[kind] = await recordGroupWork(demarche.demarcheId, group.id, { ...work, people });
  }
  await setPhase(demarche.demarcheId, "mise_en_commun");
  const groupId = (kind: keyof typeof PLENARY_WORK) => demarche.groups.find((g) => g.kind === kind)!.id;
  return { ...demarche, participants: participants as Record<keyof typeof PLENARY_WORK, string[]>, groupId };
}
