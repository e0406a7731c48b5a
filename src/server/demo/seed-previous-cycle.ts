import "server-only";
import { defaultMeetingPlan } from "@/domain/meeting-template";
import type { ConditionKind, DecisionMode, PisteOrientation } from "@/domain/vocabulary";
import { defaultsIn } from "@/i18n/default-texts";
import { isLocale } from "@/i18n/locales";
import { addDaysYmd, daysBetween, localDateTime } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { ENGLISH_PREVIOUS_CYCLE } from "@/server/demo/english-demo";
import { notFound } from "@/server/errors";

export type Triple = [number, number, number];
export type Kind = "intervenants" | "destinataires" | "administrateurs";

/** What one group of the earlier cycle did: its people's positions, its agreement, conditions, pistes, reaction. */
export type PreviousCycleGroup = {
  people: { current: Triple; desired: Triple }[];
  agreement: { current: Triple; desired: Triple; mode: DecisionMode; justification: string; examples: string };
  conditions: { kind: ConditionKind; theme: string; text: string }[];
  pistes: { orientation: PisteOrientation; title: string; description: string }[];
  reaction: string;
};

/** A plenary piste retained for the CA, with the groups that support it and the CA's answer. */
export type PreviousCyclePiste = {
  orientation: PisteOrientation;
  title: string;
  description: string;
  supports: Kind[];
  arbitrage?: string;
  answer: {
    decision: "retenue" | "a-l-etude" | "non-retenue";
    reasons: string;
    responsible?: string;
    dueDate?: string;
  };
};

/** An earlier cycle's words, written by its (fictional) people in one language: never translated. */
export type PreviousCycleContent = {
  name: string;
  groups: Record<Kind, PreviousCycleGroup>;
  plenary: PreviousCyclePiste[];
  caSummary: string;
};

/**
 * The demo's earlier cycle: « Démarche réflexive 2024-2025 » of the same
 * organisation, run to the end (closed), so the demo shows a whole cycle —
 * plenary, CA report, answers, reactions — and the current démarche can be
 * compared with it. Participants' names were erased at the end of the
 * retention period, as a real closed démarche would have them.
 */
const NAME = "Démarche réflexive 2024-2025";
const START = "2024-09-16";
const END = "2025-03-14";

const GROUPS: Record<Kind, PreviousCycleGroup> = {
  intervenants: {
    people: [
      { current: [700, 200, 100], desired: [450, 200, 350] },
      { current: [650, 250, 100], desired: [400, 250, 350] },
      { current: [750, 150, 100], desired: [500, 150, 350] },
      { current: [700, 150, 150], desired: [450, 200, 350] },
    ],
    agreement: {
      current: [700, 200, 100],
      desired: [450, 200, 350],
      mode: "consensus",
      justification:
        "L'équipe conçoit et anime presque toutes les activités. Les membres sont consultés à la fin de l'année, mais rarement avant qu'une décision soit prise.",
      examples: "Programmation d'automne préparée en réunion d'équipe; sondage de satisfaction en juin.",
    },
    conditions: [
      {
        kind: "entrave",
        theme: "Financement",
        text: "Les ententes de service comptent les présences, pas la participation aux décisions.",
      },
      { kind: "entrave", theme: "Temps", text: "Peu de temps pour préparer des rencontres avec les membres." },
      { kind: "favorise", theme: "Formation", text: "La formation sur l'animation participative suivie au printemps." },
    ],
    pistes: [
      {
        orientation: "changer-de-cap",
        title: "Un comité de membres pour la programmation",
        description: "Quatre rencontres par année pour choisir les activités.",
      },
      {
        orientation: "consolider",
        title: "Garder l'accueil individuel",
        description: "L'accueil sans rendez-vous est apprécié et doit rester.",
      },
    ],
    reaction:
      "L'équipe est contente que le comité de programmation soit retenu. Nous demandons que du temps de préparation soit prévu dans les horaires.",
  },
  destinataires: {
    people: [
      { current: [650, 150, 200], desired: [350, 250, 400] },
      { current: [600, 200, 200], desired: [300, 250, 450] },
      { current: [700, 100, 200], desired: [350, 300, 350] },
    ],
    agreement: {
      current: [650, 150, 200],
      desired: [300, 250, 450],
      mode: "majorite",
      justification: "On nous offre de bons services, mais on aimerait avoir notre mot à dire sur ce qui se passe ici.",
      examples: "Les sorties de l'été sont choisies par l'équipe; la friperie a été fermée sans qu'on en parle.",
    },
    conditions: [
      { kind: "entrave", theme: "Information", text: "On apprend les décisions une fois prises." },
      {
        kind: "entrave",
        theme: "financement",
        text: "Les activités gratuites disparaissent quand une subvention se termine.",
      },
      { kind: "favorise", theme: "Accueil", text: "On se sent bienvenus, on ose parler." },
    ],
    pistes: [
      { orientation: "changer-de-cap", title: "Une assemblée des membres avant chaque saison", description: "" },
      {
        orientation: "changer-de-cap",
        title: "Un babillard des décisions",
        description: "Afficher ce qui a été décidé et pourquoi.",
      },
    ],
    reaction: "Merci de nous avoir écoutés. On attend la première assemblée de membres avec impatience.",
  },
  administrateurs: {
    people: [
      { current: [350, 500, 150], desired: [350, 450, 200] },
      { current: [300, 550, 150], desired: [300, 500, 200] },
      { current: [400, 450, 150], desired: [350, 450, 200] },
    ],
    agreement: {
      current: [350, 500, 150],
      desired: [350, 450, 200],
      mode: "consensus",
      justification:
        "L'organisme est reconnu pour défendre les droits des personnes auprès des partenaires; c'est sa force et il faut la garder.",
      examples: "Participation à la table de quartier et aux consultations municipales.",
    },
    conditions: [
      { kind: "favorise", theme: "Financement", text: "Le financement à la mission donne de la marge de manœuvre." },
      { kind: "entrave", theme: "Information", text: "Le CA reçoit peu d'échos directs des membres." },
    ],
    pistes: [
      { orientation: "consolider", title: "Maintenir la représentation à la table de quartier", description: "" },
    ],
    reaction: "Le CA s'engage à présenter un bilan du comité de programmation à l'assemblée générale annuelle.",
  },
};

/** Plenary pistes retained for the CA, with the groups that support them and the CA's answers. */
const PLENARY: PreviousCyclePiste[] = [
  {
    orientation: "changer-de-cap",
    title: "Créer un comité de membres pour la programmation",
    description: "Des membres choisissent avec l'équipe les activités de chaque saison.",
    supports: ["intervenants", "destinataires"],
    answer: {
      decision: "retenue",
      reasons: "La piste répond à ce que les destinataires et l'équipe ont nommé.",
      responsible: "La coordination, avec deux membres du CA",
      dueDate: "2025-09-30",
    },
  },
  {
    orientation: "changer-de-cap",
    title: "Tenir une assemblée des membres avant chaque saison",
    description: "",
    supports: ["destinataires"],
    arbitrage:
      "Les destinataires la souhaitent; le CA craint de doubler l'assemblée générale annuelle. À trancher : assemblée de saison ou point ajouté à l'AGA.",
    answer: {
      decision: "a-l-etude",
      reasons: "Le CA veut d'abord mesurer la charge pour l'équipe; réponse à l'AGA.",
    },
  },
  {
    orientation: "consolider",
    title: "Maintenir la représentation à la table de quartier",
    description: "",
    supports: ["administrateurs", "intervenants"],
    answer: {
      decision: "retenue",
      reasons: "La représentation reste une force reconnue par tous les groupes.",
      responsible: "La présidence du CA",
      dueDate: "2025-06-30",
    },
  },
  {
    orientation: "changer-de-cap",
    title: "Confier la gestion de la friperie aux membres",
    description: "",
    supports: ["destinataires"],
    answer: {
      decision: "non-retenue",
      reasons: "Le local n'est plus disponible; la piste pourra revenir si un nouveau local se présente.",
    },
  },
];

const FRENCH_PREVIOUS_CYCLE: PreviousCycleContent = {
  name: NAME,
  groups: GROUPS,
  plenary: PLENARY,
  caSummary:
    "Le CA remercie les 10 personnes qui ont pris part à la démarche. Il retient deux pistes, en garde une à l'étude jusqu'à l'assemblée générale annuelle et explique pourquoi il n'en retient pas une.",
};

const currentOf = ([e, r, p]: Triple) => ({ currentExpertise: e, currentRepresentation: r, currentParticipation: p });
const desiredOf = ([e, r, p]: Triple) => ({ desiredExpertise: e, desiredRepresentation: r, desiredParticipation: p });

/**
 * Creates the earlier cycle in the organisation of `demarcheId` and points
 * the démarche at it (`previousDemarcheId`). Run by the demo seed, and by the
 * end-to-end seed so the report shows a cycle comparison. The earlier cycle
 * is in the démarche's output language (decision 024): a French démarche gets
 * the French organisation's history, an English one the English demo's.
 */
export async function seedPreviousCycle(viewer: Viewer, demarcheId: string): Promise<{ previousDemarcheId: string }> {
  const facilitator = await requireDemarcheFacilitator(viewer, demarcheId, db);
  const current = await db.demarche.findUnique({
    where: { id: demarcheId },
    select: {
      organisationId: true,
      isDemo: true,
      mandateExpertiseText: true,
      mandateRepresentationText: true,
      mandateParticipationText: true,
      outputLocale: true,
    },
  });
  if (!current) throw notFound();
  const locale = isLocale(current.outputLocale) ? current.outputLocale : "fr";
  const t = defaultsIn(locale);
  const content = locale === "en" ? ENGLISH_PREVIOUS_CYCLE : FRENCH_PREVIOUS_CYCLE;
  const closedAt = localDateTime("2025-04-15", "12:00");

  return db.$transaction(async (tx) => {
    const demarche = await tx.demarche.create({
      data: {
        organisationId: current.organisationId,
        name: content.name,
        outputLocale: locale,
        phase: "cloturee",
        startDate: localDateTime(START),
        endDate: localDateTime(END),
        mandateExpertiseText: current.mandateExpertiseText,
        mandateRepresentationText: current.mandateRepresentationText,
        mandateParticipationText: current.mandateParticipationText,
        isDemo: current.isDemo,
        closedAt,
        facilitators: { create: { facilitatorId: facilitator.facilitatorId, role: "responsable" } },
        engagementTexts: { create: { version: 1, body: t("engagementText"), createdById: facilitator.facilitatorId } },
      },
      select: { id: true, engagementTexts: { select: { id: true } } },
    });
    const textId = demarche.engagementTexts[0]!.id;

    const groupIds = {} as Record<Kind, string>;
    for (const [index, kind] of (["intervenants", "destinataires", "administrateurs"] as const).entries()) {
      const work = content.groups[kind];
      const released = localDateTime(addDaysYmd(START, 30 + index * 14), "20:30");
      const group = await tx.group.create({
        data: {
          demarcheId: demarche.id,
          kind,
          label: t(`groupLabels.${kind}`),
          sortOrder: index,
          workshopClosedAt: released,
          releasedAt: released,
          agreement: {
            create: {
              ...currentOf(work.agreement.current),
              ...desiredOf(work.agreement.desired),
              decisionMode: work.agreement.mode,
              justification: work.agreement.justification,
              examples: work.agreement.examples,
            },
          },
          conditions: { create: work.conditions.map((c, i) => ({ ...c, sortOrder: i })) },
          reaction: { create: { text: work.reaction } },
        },
        select: { id: true },
      });
      groupIds[kind] = group.id;
      for (const [i, piste] of work.pistes.entries()) {
        await tx.piste.create({ data: { demarcheId: demarche.id, groupId: group.id, ...piste, sortOrder: i } });
      }
      for (const person of work.people) {
        await tx.participant.create({
          data: {
            demarcheId: demarche.id,
            groupId: group.id,
            // Erased at the end of the retention period; the positions stay, anonymous.
            displayName: "",
            anonymisedAt: closedAt,
            joinedAt: localDateTime(addDaysYmd(START, 1)),
            admittedAt: localDateTime(addDaysYmd(START, 1)),
            consents: { create: { engagementTextId: textId, purpose: "participation", givenAt: localDateTime(START) } },
            position: {
              create: {
                demarcheId: demarche.id,
                groupId: group.id,
                ...currentOf(person.current),
                ...desiredOf(person.desired),
                status: "submitted",
                submittedAt: released,
              },
            },
          },
        });
      }
    }

    const plan = defaultMeetingPlan(daysBetween(START, END), 3);
    const kinds: Kind[] = ["intervenants", "destinataires", "administrateurs"];
    for (const [index, meeting] of plan.entries()) {
      const kind = meeting.groupIndex === null ? null : kinds[meeting.groupIndex];
      const at = localDateTime(addDaysYmd(START, meeting.dayOffset), "18:30");
      await tx.meeting.create({
        data: {
          demarcheId: demarche.id,
          kind: meeting.kind,
          groupId: kind ? groupIds[kind] : null,
          sortOrder: index,
          title: t(`meetingTitles.${meeting.kind}`, { group: kind ? t(`groupLabels.${kind}`) : "" }),
          agenda: t(`meetingAgendas.${meeting.kind}`),
          startsAt: at,
          heldAt: at,
        },
      });
    }

    for (const [index, piste] of content.plenary.entries()) {
      await tx.piste.create({
        data: {
          demarcheId: demarche.id,
          groupId: null,
          orientation: piste.orientation,
          title: piste.title,
          description: piste.description,
          needsArbitrage: piste.arbitrage !== undefined,
          arbitrageNote: piste.arbitrage ?? "",
          sortOrder: index,
          supports: { create: piste.supports.map((kind) => ({ groupId: groupIds[kind] })) },
          answer: {
            create: {
              decision: piste.answer.decision,
              reasons: piste.answer.reasons,
              responsible: piste.answer.responsible ?? "",
              dueDate: piste.answer.dueDate ? localDateTime(piste.answer.dueDate, "12:00") : null,
              answeredBy: `facilitator:${facilitator.facilitatorId}`,
            },
          },
        },
      });
    }
    await tx.caReport.create({
      data: {
        demarcheId: demarche.id,
        summary: content.caSummary,
        publishedAt: localDateTime("2025-03-10", "19:00"),
      },
    });

    await tx.demarche.update({ where: { id: demarcheId }, data: { previousDemarcheId: demarche.id } });
    await recordAudit(
      viewer,
      { demarcheId, action: "demarche.link-previous", entityType: "Demarche", entityId: demarche.id },
      tx,
    );
    return { previousDemarcheId: demarche.id };
  });
}
