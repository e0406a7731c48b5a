import { removeGroup } from "@/server/groups/remove-group";
import { answers } from "./factories";
import type { HttpMethod } from "./app-endpoints";
import { advancePhase } from "@/server/phases/advance-phase";
import { closeWorkshop } from "@/server/workshops/close-workshop";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { releaseGroupResults } from "@/server/workshops/release-group-results";
import {
  type CallerKind,
  type FixturePhase,
  FORGED,
  freshEmail,
  type MatrixCaller,
  type SecurityFixture,
} from "./security-fixture";

/*
 * ─── The security matrix: one entry per server action and route handler ───
 *
 * tests/integration/security/action-matrix.test.ts imports every
 * `actions.ts` and `route.ts` under src/app and calls each exported action
 * (and each GET/POST/… of a route) as every kind of caller in
 * tests/support/security-fixture.ts (CALLER_KINDS). A caller listed in
 * `allowed` must succeed; every other caller must be refused with the
 * database left exactly as it was. An export without an entry here, or an
 * entry without an export, fails the test. The fuzzing (tests/fuzz/)
 * then sends 1,000 generated inputs to each schema-checked action.
 *
 * How to add an entry, when a branch adds `src/app/(site)/x/actions.ts`
 * exporting `doThingAction`:
 *
 *   1. Under ACTIONS, add the file's path relative to src/app as a key (same
 *      spelling as on disk, brackets and parentheses included), and under
 *      it one entry per exported function:
 *
 *        "(site)/x/actions.ts": {
 *          doThingAction: {
 *            input: (f, caller) => ({ groupId: f.groupIds.destinataires, text: "Exemple" }),
 *            allowed: PARTICIPANTS_OF("destinataires"),
 *          },
 *        },
 *
 *   2. `input` builds a valid input from the fixture `f` (ids of the
 *      démarche, its groups, a meeting, the engagement text, …). Use the
 *      same input for every caller, so a refusal is about who calls, not a
 *      broken input; only actions authorised by what is typed (a password,
 *      a code, a link) read `caller.credentials`. Omit `input` for an action
 *      that takes none.
 *   3. `allowed` lists the caller kinds that must succeed (use the
 *      constants below). A success is `{ ok: true }` or a redirect. State
 *      *why* in `why` when the list is not what the file's place suggests.
 *      A refusal must be an authorisation error (UNAUTHENTICATED, FORBIDDEN,
 *      NOT_FOUND; 401, 403, 404 for a route): a refusal for the phase or a
 *      bad input would prove nothing about who may call. Actions authorised
 *      by what is typed list their other refusal codes in `refusedWith`.
 *   4. `phase` says when the action is used: the fixture is then walked to
 *      that phase through the real server functions (positions confirmed
 *      and group work recorded in the ateliers, groups released and plenary
 *      pistes in the mise en commun, the CA's report published in the
 *      suivi; see tests/support/walk-demarche.ts). Both démarches move
 *      together. `prepare` adds what only this action needs (a closed
 *      workshop, a released group, answered pistes) through the real server
 *      functions too; it runs before any caller is tried, so refused callers
 *      meet the same state. Add to the fixture
 *      (tests/support/security-fixture.ts) what several entries need.
 *   5. A route handler goes under ROUTES with its method: `params` gives the
 *      dynamic segments (`{ demarcheId: f.demarcheId }`, or for the report
 *      link `{ token: c.credentials.reportLinkToken ?? FORGED.token }`);
 *      `search` adds a query string. An allowed caller must get a 200, a
 *      refused one a 4xx; a 5xx or a thrown error is a failure. The handler gets the
 *      caller's viewer from the mocked getViewer(), as pages do.
 *   6. A new kind of caller (e.g. a CA delegate) goes in CALLER_KINDS and
 *      makeSecurityFixture; every entry then states whether it is allowed.
 */

export type ActionEntry = {
  /** The phase the fixture is walked to before anything else (default: préparation). */
  phase?: FixturePhase;
  /** A valid input for this caller; omit for an action that takes no input. */
  input?: (f: SecurityFixture, caller: MatrixCaller) => unknown;
  /** Caller kinds for whom the call must succeed. Everyone else must be refused, with nothing written. */
  allowed: readonly CallerKind[];
  /** Brings the fixture to the state the action needs; runs before any call. */
  prepare?: (f: SecurityFixture) => Promise<void>;
  /** Who the fuzzing calls as: the first allowed caller by default, else anonymous. */
  fuzzAs?: CallerKind;
  /**
   * Error codes a refused caller may meet besides the authorisation ones
   * (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND): only for actions whose
   * credential is what is typed (a wrong code is a VALIDATION error).
   */
  refusedWith?: readonly string[];
  /** Why `allowed` is what it is, when the route alone does not say. */
  why?: string;
};

export type RouteEntry = {
  /** The route's dynamic segments. */
  params?: (f: SecurityFixture, caller: MatrixCaller) => Record<string, string>;
  /** A query string, without "?". */
  search?: (f: SecurityFixture, caller: MatrixCaller) => string;
  /** The request body, for methods that take one. */
  body?: (f: SecurityFixture, caller: MatrixCaller) => BodyInit;
  phase?: FixturePhase;
  allowed: readonly CallerKind[];
  prepare?: (f: SecurityFixture) => Promise<void>;
  /** HTTP statuses a refused caller may meet besides 401, 403 and 404 (see ActionEntry). */
  refusedWith?: readonly string[];
  why?: string;
};

export const EVERYONE = [
  "anonymous",
  "facilitator",
  "other-facilitator",
  "participant-intervenants",
  "participant-destinataires",
  "participant-administrateurs",
  "participant-other-demarche",
  "report-link",
  "invitation-holder",
  "revoked-invitation",
  "expired-invitation",
] as const satisfies readonly CallerKind[];
export const NOBODY = [] as const satisfies readonly CallerKind[];
export const FACILITATOR = ["facilitator"] as const satisfies readonly CallerKind[];
export const ANY_FACILITATOR = ["facilitator", "other-facilitator"] as const satisfies readonly CallerKind[];
/** The participants of this démarche, one per group. */
export const PARTICIPANTS = [
  "participant-intervenants",
  "participant-destinataires",
  "participant-administrateurs",
] as const satisfies readonly CallerKind[];
/** Anyone signed in as a participant, of this démarche or another one. */
export const ANY_PARTICIPANT = [...PARTICIPANTS, "participant-other-demarche"] as const satisfies readonly CallerKind[];
export const PARTICIPANTS_OF = (...kinds: ("intervenants" | "destinataires" | "administrateurs")[]) =>
  kinds.map((k) => `participant-${k}` as const);
export const REPORT_LINK = ["report-link"] as const satisfies readonly CallerKind[];
/** Who writes for the CA (decision 009): the démarche's facilitator, or a participant of its administrateur.trice.s group. */
export const CA_BOARD = ["facilitator", "participant-administrateurs"] as const satisfies readonly CallerKind[];

/** The workshop's rows, present from the ateliers on. */
function workshopOf(f: SecurityFixture) {
  if (!f.workshop) throw new Error(`this entry needs a fixture in the ateliers or later, not in ${f.phase}`);
  return f.workshop;
}

/** The pistes retained at the mise en commun, present from that phase on. */
function plenaryPiste(f: SecurityFixture, index = 0): string {
  const id = f.plenaryPisteIds[index];
  if (!id) throw new Error(`this entry needs a fixture in the mise en commun or later, not in ${f.phase}`);
  return id;
}

const owner = (f: SecurityFixture) => f.callers.facilitator.viewer;

const meetingFields = {
  kind: "autre",
  groupId: "",
  title: "Rencontre de préparation",
  date: "2026-10-15",
  time: "18:30",
  durationMinutes: 120,
  place: "Salle communautaire",
  agenda: "Préparer les ateliers",
};

/** Answers a person gives in the three steps: both positions, reasons and conditions. */
const positionAnswers = answers([500, 300, 200], [300, 300, 400], {
  currentWhy: "Les activités sont préparées par l'équipe.",
  currentExamples: "Le choix des sorties.",
  desiredWhy: "Les membres devraient choisir.",
  conditionsHinder: "Le manque de temps.",
  conditionsSupport: "L'accueil.",
});

const caAnswer = (pisteId: string) => ({
  pisteId,
  decision: "retenue" as const,
  reasons: "Le CA retient cette piste.",
  responsible: "La coordination",
  dueDate: "2027-06-30",
});

const mandateTexts = {
  mandateExpertise: "Expertise",
  mandateRepresentation: "Représentation",
  mandateParticipation: "Participation",
};

export const ACTIONS: Record<string, Record<string, ActionEntry>> = {
  "(site)/actions.ts": {
    signOutAction: {
      allowed: EVERYONE,
      why: "signing out needs nothing and ends only the caller's own session",
    },
    enterCodeAction: {
      input: (_f, c) => ({ code: c.credentials.returnCode ?? c.credentials.invitation?.code ?? FORGED.code }),
      allowed: [...ANY_PARTICIPANT, "invitation-holder"],
      refusedWith: ["VALIDATION"],
      why: "the code is the credential: a participant's return code or a valid invitation's code; a wrong, revoked or expired one is a field error",
    },
  },
  "(site)/connexion/actions.ts": {
    signInFacilitatorAction: {
      input: (f, c) => ({
        email: c.credentials.login?.email ?? f.ownerEmail,
        password: c.credentials.login?.password ?? FORGED.password,
      }),
      allowed: ANY_FACILITATOR,
      why: "each facilitator signs in with their own password; everyone else tries the owner's email",
    },
  },
  "(site)/premier-compte/actions.ts": {
    createFirstFacilitatorAction: {
      input: () => ({
        name: "Nouvelle personne",
        email: freshEmail(),
        password: "une phrase de passe",
        passwordConfirm: "une phrase de passe",
      }),
      allowed: NOBODY,
      fuzzAs: "anonymous",
      refusedWith: ["INVALID_STATE"],
      why: "an account exists, so nobody may create the first one (success on an empty instance: first-facilitator.test.ts)",
    },
  },
  "(site)/rejoindre/[token]/actions.ts": {
    joinDemarcheAction: {
      input: (f, c) => ({
        token: c.credentials.invitation?.token ?? FORGED.token,
        engagementTextId: c.credentials.invitation?.engagementTextId ?? f.engagementText.id,
        displayName: "Nouvelle personne",
        consent: true,
      }),
      allowed: [...ANY_PARTICIPANT, "invitation-holder"],
      refusedWith: ["INVALID_STATE"],
      why: "the link is the credential: anyone holding a valid one may join its group; a forged, revoked or expired link is no longer valid",
    },
  },
  "(site)/mes-donnees/actions.ts": {
    renameMeAction: { input: () => ({ displayName: "Nouveau nom" }), allowed: ANY_PARTICIPANT },
    withdrawMeAction: { input: () => ({}), allowed: ANY_PARTICIPANT },
  },
  "(site)/registre-incidents/actions.ts": {
    recordIncidentAction: {
      input: (f) => ({
        demarcheId: f.demarcheId,
        occurredOn: "2026-11-02",
        discoveredOn: "2026-11-03",
        description: "Une feuille de présence oubliée dans la salle",
        peopleConcerned: "Groupe des destinataires",
        riskOfSeriousInjury: false,
        measures: "Feuille récupérée",
        reportedToCai: false,
      }),
      allowed: FACILITATOR,
    },
  },
  "(site)/demarches/nouvelle/actions.ts": {
    createDemarcheAction: {
      input: () => ({
        organisationName: "Organisme",
        name: "Nouvelle démarche",
        startDate: "2026-10-01",
        endDate: "2027-02-26",
        engagementText: "Conditions d'engagement",
        ...mandateTexts,
      }),
      allowed: ANY_FACILITATOR,
      why: "any facilitator may start a démarche of their own",
    },
  },
  "(site)/demarches/[demarcheId]/actions.ts": {
    advancePhaseAction: {
      input: (f) => ({ demarcheId: f.demarcheId, from: "preparation" }),
      // The extra group is empty and would block the ateliers; the three default groups are full.
      prepare: async (f) => {
        await removeGroup(owner(f), { groupId: f.groupIds.extra });
      },
      allowed: FACILITATOR,
    },
    overridePhaseAction: {
      input: (f) => ({ demarcheId: f.demarcheId, from: "preparation", overrideReason: "Le groupe est prêt" }),
      allowed: FACILITATOR,
    },
    stepBackPhaseAction: {
      input: (f) => ({ demarcheId: f.demarcheId, from: "ateliers" }),
      // Just entered, before anyone answers: the only moment a step back is allowed.
      prepare: async (f) => {
        await advancePhase(owner(f), {
          demarcheId: f.demarcheId,
          from: "preparation",
          overrideReason: "Le groupe est prêt",
        });
      },
      allowed: FACILITATOR,
    },
  },
  "(site)/demarches/[demarcheId]/conditions/actions.ts": {
    publishEngagementTextAction: {
      input: (f) => ({ demarcheId: f.demarcheId, basedOnVersion: f.engagementText.version, body: "Nouveau texte" }),
      allowed: FACILITATOR,
    },
  },
  "(site)/demarches/[demarcheId]/parametres/actions.ts": {
    updateDemarcheSettingsAction: {
      input: (f) => ({
        demarcheId: f.demarcheId,
        organisationName: "Renommé",
        name: "Renommée",
        startDate: "2026-10-01",
        endDate: "2027-02-26",
        privacyOfficerName: "Responsable",
        privacyOfficerContact: "vie-privee@example.org",
        ...mandateTexts,
      }),
      allowed: FACILITATOR,
    },
  },
  "(site)/demarches/[demarcheId]/groupes/actions.ts": {
    addGroupAction: {
      input: (f) => ({ demarcheId: f.demarcheId, label: "Bénévoles", minSize: 3 }),
      allowed: FACILITATOR,
    },
    updateGroupAction: {
      input: (f) => ({ groupId: f.groupIds.destinataires, label: "Destinataires", minSize: 4 }),
      allowed: FACILITATOR,
    },
    removeGroupAction: { input: (f) => ({ groupId: f.groupIds.extra }), allowed: FACILITATOR },
    renewInvitationAction: {
      input: (f) => ({ groupId: f.groupIds.destinataires, expiresOn: "2099-01-01" }),
      allowed: FACILITATOR,
    },
    revokeInvitationAction: { input: (f) => ({ groupId: f.groupIds.destinataires }), allowed: FACILITATOR },
    addParticipantByHandAction: {
      input: (f) => ({
        groupId: f.groupIds.destinataires,
        engagementTextId: f.engagementText.id,
        displayName: "Sans appareil",
        oralConsent: true,
      }),
      allowed: FACILITATOR,
    },
  },
  "(site)/atelier/positionnement/actions.ts": {
    saveMyPositionDraftAction: {
      phase: "ateliers",
      input: () => positionAnswers,
      allowed: ANY_PARTICIPANT,
      why: "each participant writes only their own position (the input names nobody); another démarche's participant, in its own ateliers too, writes theirs",
    },
    submitMyPositionAction: {
      phase: "ateliers",
      input: () => positionAnswers,
      allowed: ANY_PARTICIPANT,
      why: "each participant confirms only their own position (the input names nobody)",
    },
  },
  "(site)/demarches/[demarcheId]/ateliers/actions.ts": {
    saveAgreementAction: {
      phase: "ateliers",
      input: (f) => ({
        groupId: f.groupIds.destinataires,
        current: { expertise: 500, representation: 200, participation: 300 },
        desired: { expertise: 200, representation: 300, participation: 500 },
        decisionMode: "majorite",
        justification: "Le groupe a voté.",
        examples: "L'assemblée de juin.",
        participantCount: "",
      }),
      allowed: FACILITATOR,
    },
    saveConditionAction: {
      phase: "ateliers",
      input: (f) => ({ groupId: f.groupIds.destinataires, kind: "favorise", theme: "Accueil", text: "L'accueil." }),
      allowed: FACILITATOR,
    },
    deleteConditionAction: {
      phase: "ateliers",
      input: (f) => ({ conditionId: workshopOf(f).conditionIds.destinataires }),
      allowed: FACILITATOR,
    },
    savePisteAction: {
      phase: "ateliers",
      input: (f) => ({
        groupId: f.groupIds.destinataires,
        orientation: "consolider",
        title: "Garder l'accueil",
        description: "",
      }),
      allowed: FACILITATOR,
    },
    deletePisteAction: {
      phase: "ateliers",
      input: (f) => ({ pisteId: workshopOf(f).pisteIds.destinataires }),
      allowed: FACILITATOR,
    },
    closeWorkshopAction: {
      phase: "ateliers",
      input: (f) => ({ groupId: f.groupIds.destinataires }),
      allowed: FACILITATOR,
    },
    reopenWorkshopAction: {
      phase: "ateliers",
      prepare: async (f) => {
        await closeWorkshop(owner(f), { groupId: f.groupIds.destinataires });
      },
      input: (f) => ({ groupId: f.groupIds.destinataires }),
      allowed: FACILITATOR,
    },
    releaseResultsAction: {
      phase: "ateliers",
      input: (f) => ({ groupId: f.groupIds.destinataires }),
      allowed: FACILITATOR,
    },
    undoReleaseAction: {
      phase: "ateliers",
      prepare: async (f) => {
        await releaseGroupResults(owner(f), { groupId: f.groupIds.destinataires });
      },
      input: (f) => ({ groupId: f.groupIds.destinataires }),
      allowed: FACILITATOR,
    },
    savePositionOnBehalfAction: {
      phase: "ateliers",
      // The person confirmed these answers themself (walk-demarche): the facilitator's say-so (decision 014).
      input: (f) => ({ ...positionAnswers, participantId: f.membersOf.destinataires[1], overrideOwnAnswers: true }),
      allowed: FACILITATOR,
      why: "the facilitator types in a person's answers (paper, no device); nobody else writes someone else's position",
    },
    submitPositionOnBehalfAction: {
      phase: "ateliers",
      input: (f) => ({ ...positionAnswers, participantId: f.membersOf.destinataires[1], overrideOwnAnswers: true }),
      allowed: FACILITATOR,
    },
  },
  "(site)/demarches/[demarcheId]/mise-en-commun/actions.ts": {
    savePlenaryPisteAction: {
      phase: "mise_en_commun",
      input: (f) => ({
        demarcheId: f.demarcheId,
        pisteId: "",
        orientation: "changer-de-cap",
        title: "Une assemblée des membres deux fois par année",
        description: "Proposée par deux groupes.",
        supportGroupIds: [f.groupIds.intervenants, f.groupIds.destinataires],
        needsArbitrage: false,
        arbitrageNote: "",
      }),
      allowed: FACILITATOR,
    },
    deletePlenaryPisteAction: {
      phase: "mise_en_commun",
      input: (f) => ({ pisteId: plenaryPiste(f) }),
      allowed: FACILITATOR,
    },
  },
  "(site)/demarches/[demarcheId]/rapport/actions.ts": {
    createReportLinkAction: {
      phase: "mise_en_commun",
      input: (f) => ({ demarcheId: f.demarcheId, label: "Pour la trésorière", expiresInDays: 30 }),
      allowed: FACILITATOR,
    },
    revokeReportLinkAction: {
      phase: "transmission_ca",
      input: (f) => ({ linkId: f.reportLinkId }),
      allowed: FACILITATOR,
      why: "only the facilitator who runs the démarche revokes its links; the link's holder cannot revoke it either",
    },
  },
  "(site)/demarches/[demarcheId]/rapport/reponses/actions.ts": {
    recordCaAnswerAction: {
      phase: "transmission_ca",
      input: (f) => caAnswer(plenaryPiste(f)),
      allowed: CA_BOARD,
      why: "the same server function as the board's page: the facilitator records the CA's answer or a board member gives it (decision 009), whichever page sends it",
    },
    saveCaSummaryAction: {
      phase: "transmission_ca",
      input: (f) => ({ demarcheId: f.demarcheId, summary: "Le CA remercie les groupes." }),
      allowed: CA_BOARD,
      why: "as recordCaAnswerAction",
    },
    publishCaReportAction: {
      phase: "transmission_ca",
      prepare: async (f) => {
        for (const pisteId of f.plenaryPisteIds) await recordCaAnswer(owner(f), caAnswer(pisteId));
      },
      input: (f) => ({ demarcheId: f.demarcheId }),
      allowed: CA_BOARD,
      why: "as recordCaAnswerAction; every piste has its answer",
    },
    saveReactionForGroupAction: {
      phase: "suivi",
      input: (f) => ({ groupId: f.groupIds.destinataires, text: "Le groupe salue la réponse du CA." }),
      allowed: [...FACILITATOR, ...ANY_PARTICIPANT],
      why: "the facilitator writes for the group named; a participant, whatever group is named, writes their own group's reaction (saveGroupReaction ignores the id for them), which /suivi lets them do anyway",
    },
  },
  "(site)/rapport/actions.ts": {
    boardAnswerAction: {
      phase: "transmission_ca",
      input: (f) => caAnswer(plenaryPiste(f)),
      allowed: CA_BOARD,
      why: "the board's page; the facilitator may record the CA's answer from either page (decision 009)",
    },
    boardSummaryAction: {
      phase: "transmission_ca",
      input: (f) => ({ demarcheId: f.demarcheId, summary: "Le CA remercie les groupes." }),
      allowed: CA_BOARD,
      why: "as boardAnswerAction",
    },
    boardPublishAction: {
      phase: "transmission_ca",
      prepare: async (f) => {
        for (const pisteId of f.plenaryPisteIds) await recordCaAnswer(owner(f), caAnswer(pisteId));
      },
      input: (f) => ({ demarcheId: f.demarcheId }),
      allowed: CA_BOARD,
      why: "as boardAnswerAction; every piste has its answer",
    },
  },
  "(site)/suivi/actions.ts": {
    saveOwnReactionAction: {
      phase: "suivi",
      input: () => ({ groupId: "", text: "Nous aimerions en reparler à l'automne." }),
      allowed: ANY_PARTICIPANT,
      why: "any participant writes their own group's reaction once the CA has published (the input names no group); another démarche's participant, in its own suivi too, writes their group's",
    },
  },
  "(site)/demarches/[demarcheId]/calendrier/actions.ts": {
    addMeetingAction: { input: (f) => ({ ...meetingFields, demarcheId: f.demarcheId }), allowed: FACILITATOR },
    updateMeetingAction: { input: (f) => ({ ...meetingFields, meetingId: f.meetingId }), allowed: FACILITATOR },
    moveMeetingAction: { input: (f) => ({ meetingId: f.meetingId, direction: "down" }), allowed: FACILITATOR },
    removeMeetingAction: { input: (f) => ({ meetingId: f.meetingId }), allowed: FACILITATOR },
    saveMeetingRecordAction: {
      input: (f) => ({ meetingId: f.meetingId, held: true, present: [f.participantIds[0]], minutes: "Compte rendu" }),
      allowed: FACILITATOR,
    },
  },
};

export const ROUTES: Record<string, Partial<Record<HttpMethod, RouteEntry>>> = {
  "(site)/demarches/[demarcheId]/calendrier.ics/route.ts": {
    GET: { params: (f) => ({ demarcheId: f.demarcheId }), allowed: FACILITATOR },
  },
  "(site)/demarches/[demarcheId]/ateliers/fiche/route.ts": {
    GET: {
      phase: "ateliers",
      params: (f) => ({ demarcheId: f.demarcheId }),
      search: (f) => `groupe=${encodeURIComponent(f.groupIds.destinataires)}`,
      allowed: FACILITATOR,
    },
  },
  "(site)/demarches/[demarcheId]/rapport/json/route.ts": {
    GET: { phase: "transmission_ca", params: (f) => ({ demarcheId: f.demarcheId }), allowed: FACILITATOR },
  },
  "(site)/demarches/[demarcheId]/rapport/pdf/route.ts": {
    GET: {
      phase: "transmission_ca",
      params: (f) => ({ demarcheId: f.demarcheId }),
      allowed: ["facilitator", "participant-administrateurs", "report-link"],
      why: "the file is the CA report, whose readers getReportPdf authorises (authorizeReportRead): the facilitator, and once transmitted the board and this démarche's report link; nobody else",
    },
  },
  "(site)/rapport/pdf/route.ts": {
    GET: {
      phase: "transmission_ca",
      allowed: PARTICIPANTS_OF("administrateurs"),
      why: "the board's download of its own démarche's report; other participants are refused",
    },
  },
  "(report-link)/r/[token]/pdf/route.ts": {
    GET: {
      phase: "transmission_ca",
      params: (_f, c) => ({ token: c.credentials.reportLinkToken ?? FORGED.token }),
      allowed: REPORT_LINK,
      why: "the link's token is the credential; everyone else presents a forged one",
    },
  },
  "(site)/mes-donnees/export/route.ts": {
    GET: { allowed: ANY_PARTICIPANT, why: "each participant downloads their own data" },
  },
};
