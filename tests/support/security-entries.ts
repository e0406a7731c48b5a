import { removeGroup } from "@/server/groups/remove-group";
import { db } from "@/server/db";
import { createSharedExploration } from "@/server/explorations/create-shared-exploration";
import { keepSoloExploration } from "@/server/explorations/keep-solo-exploration";
import { createDemarche } from "@/server/demarches/create-demarche";
import { addCoFacilitator } from "@/server/team/add-co-facilitator";
import { getDemarcheTeam } from "@/server/team/get-demarche-team";
import { getDemarcheLifecycle } from "@/server/lifecycle/get-demarche-lifecycle";
import { changeRetention } from "@/server/lifecycle/change-retention";
import { getDemarcheDashboard } from "@/server/demarches/get-demarche-dashboard";
import { getDemarcheSettings } from "@/server/demarches/get-demarche-settings";
import { getEngagementTexts } from "@/server/demarches/get-engagement-texts";
import { countArchivedDemarches, listFacilitatorDemarches } from "@/server/demarches/list-facilitator-demarches";
import { publishEngagementText } from "@/server/demarches/publish-engagement-text";
import { updateDemarcheSettings } from "@/server/demarches/update-demarche-settings";
import { addGroup } from "@/server/groups/add-group";
import { addParticipantByHand } from "@/server/groups/add-participant-by-hand";
import { getGroupsOverview } from "@/server/groups/get-groups-overview";
import { updateGroup } from "@/server/groups/update-group";
import { getInvitationSheet } from "@/server/invitations/get-invitation-sheet";
import { renewGroupInvitation } from "@/server/invitations/renew-group-invitation";
import { revokeGroupInvitation } from "@/server/invitations/revoke-group-invitation";
import { addMeeting } from "@/server/meetings/add-meeting";
import { exportCalendar } from "@/server/meetings/export-calendar";
import { getCalendar } from "@/server/meetings/get-calendar";
import { getMeeting } from "@/server/meetings/get-meeting";
import { moveMeeting } from "@/server/meetings/move-meeting";
import { removeMeeting } from "@/server/meetings/remove-meeting";
import { saveMeetingRecord } from "@/server/meetings/save-meeting-record";
import { updateMeeting } from "@/server/meetings/update-meeting";
import { getPhaseStatus } from "@/server/phases/get-phase-status";
import { stepBackPhase } from "@/server/phases/step-back-phase";
import { sha256 } from "@/server/secrets";
import type { WriteScope } from "./db-diff";
import { joinDemarche } from "@/server/participants/join-demarche";
import { answers, makeInterDemarche } from "./factories";
import type { HttpMethod } from "./app-endpoints";
import { advancePhase } from "@/server/phases/advance-phase";
import { closeWorkshop } from "@/server/workshops/close-workshop";
import { recordCaAnswer } from "@/server/ca/record-ca-answer";
import { releaseGroupResults } from "@/server/workshops/release-group-results";
import type { FacilitatorViewer, ParticipantViewer, Viewer } from "@/server/auth/viewer";
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
 * tests/support/action-matrix.ts (run in shards by
 * tests/integration/security/action-matrix-*.test.ts) imports every
 * `actions.ts` and `route.ts` under src/app and calls each exported action
 * (and each GET/POST/… of a route) as every kind of caller in
 * tests/support/security-fixture.ts (CALLER_KINDS). A caller listed in
 * `allowed` must succeed and change only the rows its entry's `writes`
 * names; every other caller must be refused with the database left exactly
 * as it was; and every allowed caller, sending the same input pointed at
 * another démarche's (or another group's) rows (`foreign`), must be refused
 * with nothing written. An export without an entry here, or an entry
 * without an export, fails the test. The fuzzing (tests/fuzz/) then sends
 * 1,000 generated inputs to each schema-checked action. USE_CASES (below the
 * routes) holds the set-up server functions pages call directly.
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
 *            writes: (f, caller) => [
 *              { table: "Thing", where: { groupId: f.groupIds.destinataires } },
 *              audit(f.demarcheId),
 *            ],
 *            foreign: (f, caller) => [{ groupId: f.other.groupIds[0], text: "Exemple" }],
 *          },
 *        },
 *
 *   2. `input` builds a valid input from the fixture `f` (ids of the
 *      démarche, its groups, a meeting, the engagement text, …). Use the
 *      same input for every caller, so a refusal is about who calls, not a
 *      broken input; only actions authorised by what is typed (a password,
 *      a code, a link) read `caller.credentials`, and an action where a
 *      participant names their own group sends `me(c).groupId` for them
 *      (another group's id is the own-ids column's job, 7). Omit `input`
 *      for an action that takes none.
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
 *   6. `writes` (required for actions; routes default to nothing) lists
 *      what an allowed call may change: `{ table, where }` scopes, the
 *      `where` values being a column's value, a list of values or a
 *      predicate (`isNew(f)`: a row the fixture did not have). After each
 *      allowed call, every row added, changed or deleted (old and new
 *      version) must fall in a scope, or the test fails and lists it. Name
 *      the narrowest rows: the caller's own (`me(c).participantId`), the
 *      group the input names; audit events with `audit(demarcheId)`.
 *   7. `foreign` gives, for an input that names a row (any id of the
 *      fixture: the test finds them and fails an entry without `foreign`),
 *      the same input pointed at rows the caller may not touch: the other
 *      démarche's (`f.other`), or for a participant another group's
 *      (`anotherGroupThan(f, c)`); add mixed ones (this démarche's id with
 *      the other's group) where the input names several rows. Each allowed
 *      caller sends each of them and must be refused with nothing written.
 *   8. A new kind of caller (e.g. a CA delegate) goes in CALLER_KINDS and
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
  /** What an allowed call may change (see the guide, 6): anything else it changes fails. */
  writes: (f: SecurityFixture, caller: MatrixCaller) => readonly WriteScope[];
  /**
   * Inputs naming another démarche's (or another group's) rows, which every
   * allowed caller must be refused with nothing written (guide, 7). Required
   * when the input names a row of the fixture.
   */
  foreign?: (f: SecurityFixture, caller: MatrixCaller) => unknown[];
  /**
   * Codes a `foreign` call may meet besides the authorisation ones, when the
   * foreign id is a secondary field of an input that names the caller's own
   * row (a participant of another démarche in a meeting's attendance is a
   * field error): say why in `why`.
   */
  foreignRefusedWith?: readonly string[];
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
  /** What an allowed request may change (default: nothing). */
  writes?: (f: SecurityFixture, caller: MatrixCaller) => readonly WriteScope[];
  /** The same request aimed at another démarche's rows: refused for every allowed caller (see ActionEntry). */
  foreign?: (f: SecurityFixture, caller: MatrixCaller) => { params?: Record<string, string>; search?: string }[];
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
  "administrator",
  "disabled-account",
  "account-link-holder",
  "used-account-link",
  "expired-account-link",
  "co-facilitator",
  "removed-co-facilitator",
] as const satisfies readonly CallerKind[];
export const NOBODY = [] as const satisfies readonly CallerKind[];
/** Who runs this démarche: its responsible facilitator and its co-accompagnateur.trice (decision 021). */
export const FACILITATOR = ["facilitator", "co-facilitator"] as const satisfies readonly CallerKind[];
/** Only the responsible facilitator: who runs the démarche (decision 021). */
export const RESPONSIBLE = ["facilitator"] as const satisfies readonly CallerKind[];
/**
 * Any signed-in facilitator account: the administrateur.trice is one too,
 * running démarches of their own (decision 020), and so is a co-accompagnateur.trice,
 * removed or not (decision 021).
 */
export const ANY_FACILITATOR = [
  "facilitator",
  "other-facilitator",
  "administrator",
  "co-facilitator",
  "removed-co-facilitator",
] as const satisfies readonly CallerKind[];
/** The instance's administrateur.trice, who manages accounts (decision 020). */
export const ADMINISTRATOR = ["administrator"] as const satisfies readonly CallerKind[];
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
/** Not signed in, holding this démarche's report link: only the /r/<token> routes take it (decision 010). */
export const REPORT_LINK = ["report-link"] as const satisfies readonly CallerKind[];
/** Who writes for the CA (decision 009): the démarche's facilitator, or a participant of its administrateur.trice.s group. */
export const CA_BOARD = [
  "facilitator",
  "co-facilitator",
  "participant-administrateurs",
] as const satisfies readonly CallerKind[];

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

const owner = (f: SecurityFixture) => f.callers.facilitator.viewer as FacilitatorViewer;

/** The caller as a participant (for entries only participants may call). */
export function me(c: MatrixCaller): ParticipantViewer {
  if (c.viewer.kind !== "participant") throw new Error(`${c.who} is not a participant`);
  return c.viewer;
}

/** The caller's session, when they have one. */
const signedIn = (c: MatrixCaller) =>
  c.viewer.kind === "facilitator" || c.viewer.kind === "participant" ? c.viewer : null;

/** Audit events of one démarche. */
export const audit = (demarcheId: string | null): WriteScope => ({ table: "AuditEvent", where: { demarcheId } });

/** Scopes for every row of these tables that belongs to the fixture's démarche. */
const inDemarche = (f: SecurityFixture, ...tables: WriteScope["table"][]): WriteScope[] =>
  tables.map((table) => ({ table, where: { demarcheId: f.demarcheId } }));

/** Tables createDemarche fills for a new démarche. */
const DEMARCHE_TABLES = ["DemarcheFacilitator", "EngagementText", "Group", "Invitation", "Meeting"] as const;

/** Every id the fixture holds, of both démarches. */
export function fixtureIds(f: SecurityFixture): Set<string> {
  return new Set(
    [
      f.demarcheId,
      f.organisationId,
      ...Object.values(f.groupIds),
      f.meetingId,
      f.engagementText.id,
      ...f.participantIds,
      ...Object.values(f.workshop?.conditionIds ?? {}),
      ...Object.values(f.workshop?.pisteIds ?? {}),
      ...f.plenaryPisteIds,
      f.reportLinkId,
      ...f.otherIds,
      f.other.meetingId,
      f.other.engagementTextId,
      f.other.reportLinkId,
    ].filter((id): id is string => Boolean(id)),
  );
}

/** A `where` value: a row the fixture did not have (created by the call). */
export const isNew = (f: SecurityFixture) => {
  const known = fixtureIds(f);
  return (value: unknown) => typeof value === "string" && !known.has(value);
};

/** The démarche the caller acts in. */
const demarcheOf = (f: SecurityFixture, c: MatrixCaller) =>
  c.viewer.kind === "participant"
    ? c.viewer.demarcheId
    : c.kind === "other-facilitator"
      ? f.other.demarcheId
      : f.demarcheId;

/** The group the caller's invitation opens. */
const invitationGroup = (f: SecurityFixture, c: MatrixCaller) =>
  c.viewer.kind === "participant" ? c.viewer.groupId : f.groupIds.intervenants;

/** A group of the other démarche (its participant's). */
export const otherGroup = (f: SecurityFixture) => f.other.groupIds[0]!;

/** A group's reaction and its history: every version stays (decision 016). */
const reactionRows = (groupId: string): WriteScope[] => [
  { table: "GroupReaction", where: { groupId } },
  { table: "GroupReactionVersion", where: { groupId } },
];
/** A group of the other démarche nobody joined (its owner could remove it). */
const otherEmptyGroup = (f: SecurityFixture) => f.other.groupIds[1]!;

/**
 * A group the caller may not write for: for a facilitator, the other
 * démarche's; for a participant, another group of their own démarche (the
 * other démarche's participant: a group of this one).
 */
export function anotherGroupThan(f: SecurityFixture, c: MatrixCaller): string {
  if (c.viewer.kind !== "participant") return otherGroup(f);
  if (c.kind === "participant-other-demarche") return f.groupIds.destinataires;
  return c.viewer.groupId === f.groupIds.destinataires ? f.groupIds.intervenants : f.groupIds.destinataires;
}

const meetingFields = {
  kind: "autre" as const,
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

const incident = {
  occurredOn: "2026-11-02",
  discoveredOn: "2026-11-03",
  description: "Une feuille de présence oubliée dans la salle",
  peopleConcerned: "Groupe des destinataires",
  riskOfSeriousInjury: false,
  measures: "Feuille récupérée",
  reportedToCai: false,
};

const mandateTexts = {
  mandateExpertise: "Expertise",
  mandateRepresentation: "Représentation",
  mandateParticipation: "Participation",
};

const ATELIERS = "(site)/demarches/[demarcheId]/ateliers/actions.ts";
/** An ateliers entry's input, pointed at another group. */
const withGroup = (f: SecurityFixture, c: MatrixCaller, name: string, groupId: string) => ({
  ...(ACTIONS[ATELIERS]![name]!.input!(f, c) as object),
  groupId,
});

/**
 * Private explorations (decision 022): no account, the code (and a
 * colleague's device key) is the credential, so every caller holding it
 * may call, and nobody else's rows are named. `prepare` makes a fresh one
 * through the real server functions for each fixture; the input reads it.
 */
const exploration: { code: string; memberKey: string; id: string } = { code: "", memberKey: "", id: "" };
async function prepareExploration(kind: "solo" | "shared"): Promise<void> {
  const made =
    kind === "solo"
      ? { ...(await keepSoloExploration({ answers: positionAnswers, ip: "192.0.2.10" })), memberKey: "" }
      : await createSharedExploration({ ip: "192.0.2.10" });
  const row = await db.exploration.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { id: true } });
  Object.assign(exploration, { code: made.code, memberKey: made.memberKey, id: row.id });
}
const explorationRows = (): WriteScope[] => [
  { table: "Exploration", where: { id: exploration.id } },
  { table: "ExplorationAnswer", where: { explorationId: exploration.id } },
];
const EXPLORATION_WHY =
  "a private exploration: the code typed (and the device key kept on the phone) is the only credential, whoever calls";

export const ACTIONS: Record<string, Record<string, ActionEntry>> = {
  "(site)/explorer/actions.ts": {
    keepSoloExplorationAction: {
      input: () => ({ answers: positionAnswers }),
      allowed: EVERYONE,
      writes: (f) => [
        { table: "Exploration", where: { id: isNew(f) } },
        { table: "ExplorationAnswer", where: { id: isNew(f) } },
      ],
      why: "anyone may keep their own answers behind a new personal return code (no account)",
    },
    updateSoloExplorationAction: {
      prepare: () => prepareExploration("solo"),
      input: () => ({ code: exploration.code, answers: positionAnswers }),
      allowed: EVERYONE,
      writes: explorationRows,
      why: EXPLORATION_WHY,
    },
    openExplorationAction: {
      prepare: () => prepareExploration("shared"),
      input: () => ({ code: exploration.code }),
      allowed: EVERYONE,
      writes: explorationRows,
      why: EXPLORATION_WHY,
    },
    eraseExplorationAction: {
      prepare: () => prepareExploration("solo"),
      input: () => ({ code: exploration.code }),
      allowed: EVERYONE,
      writes: explorationRows,
      why: EXPLORATION_WHY,
    },
    createSharedExplorationAction: {
      input: () => ({}),
      allowed: EVERYONE,
      writes: (f) => [
        { table: "Exploration", where: { id: isNew(f) } },
        { table: "ExplorationAnswer", where: { id: isNew(f) } },
      ],
      why: "anyone may start an exploration with colleagues (no account)",
    },
    saveSharedDraftAction: {
      prepare: () => prepareExploration("shared"),
      input: () => ({ code: exploration.code, memberKey: exploration.memberKey, answers: positionAnswers }),
      allowed: EVERYONE,
      writes: explorationRows,
      why: EXPLORATION_WHY,
    },
    submitSharedAnswersAction: {
      prepare: () => prepareExploration("shared"),
      input: () => ({ code: exploration.code, memberKey: exploration.memberKey, answers: positionAnswers }),
      allowed: EVERYONE,
      writes: explorationRows,
      why: EXPLORATION_WHY,
    },
    getSharedExplorationAction: {
      prepare: () => prepareExploration("shared"),
      input: () => ({ code: exploration.code, memberKey: exploration.memberKey }),
      allowed: EVERYONE,
      writes: () => [],
      why: EXPLORATION_WHY,
    },
    closeSharedExplorationAction: {
      prepare: () => prepareExploration("shared"),
      input: () => ({ code: exploration.code, memberKey: exploration.memberKey }),
      allowed: EVERYONE,
      writes: explorationRows,
      why: EXPLORATION_WHY,
    },
    soloSummaryPdfAction: {
      input: () => ({ answers: positionAnswers, savedAt: "2026-12-07T15:00:00.000Z" }),
      allowed: EVERYONE,
      writes: () => [],
      why: "anyone may have their own answers, sent from their device, rendered as a PDF; nothing is stored",
    },
  },
  "(site)/actions.ts": {
    signOutAction: {
      allowed: EVERYONE,
      writes: (_f, c) => (signedIn(c) ? [{ table: "AuthSession", where: { id: sha256(signedIn(c)!.sessionId) } }] : []),
      why: "signing out needs nothing and ends only the caller's own session",
    },
    enterCodeAction: {
      input: (_f, c) => ({ code: c.credentials.returnCode ?? c.credentials.invitation?.code ?? FORGED.code }),
      allowed: [...ANY_PARTICIPANT, "invitation-holder"],
      writes: (_f, c) =>
        c.viewer.kind === "participant"
          ? [{ table: "LoginTicket", where: { participantId: c.viewer.participantId } }]
          : [],
      refusedWith: ["VALIDATION"],
      why: "the code is the credential: a participant's return code or a valid invitation's code; a wrong, revoked or expired one is a field error",
    },
    setLocaleAction: {
      input: () => ({ locale: "en" }),
      allowed: EVERYONE,
      writes: (_f, c) =>
        c.viewer.kind === "facilitator" ? [{ table: "Facilitator", where: { id: c.viewer.facilitatorId } }] : [],
      why: "anyone may choose the interface language; only a signed-in facilitator's own account row is written (decision 024)",
    },
  },
  "(site)/equipe/actions.ts": {
    inviteColleagueAction: {
      input: () => ({ label: "Nouvelle collègue" }),
      allowed: ADMINISTRATOR,
      writes: (f) => [
        { table: "AccountLink", where: { id: isNew(f) } },
        { table: "AuditEvent", where: { demarcheId: null, actorId: f.accounts.administratorId } },
      ],
      why: "only the instance's administrateur.trice invites colleagues (decision 020)",
    },
    revokeAccountLinkAction: {
      input: (f) => ({ linkId: f.accounts.pendingInvitationId }),
      allowed: ADMINISTRATOR,
      writes: (f) => [
        { table: "AccountLink", where: { id: f.accounts.pendingInvitationId } },
        { table: "AuditEvent", where: { demarcheId: null, actorId: f.accounts.administratorId } },
      ],
      why: "only the administrateur.trice cancels an invitation",
    },
    setAccountDisabledAction: {
      input: (f) => ({ facilitatorId: f.accounts.colleagueId, disabled: true }),
      allowed: ADMINISTRATOR,
      writes: (f) => [
        { table: "Facilitator", where: { id: f.accounts.colleagueId } },
        { table: "AuthSession", where: { facilitatorId: f.accounts.colleagueId } },
        { table: "LoginTicket", where: { facilitatorId: f.accounts.colleagueId } },
        { table: "AccountLink", where: { facilitatorId: f.accounts.colleagueId } },
        { table: "AuditEvent", where: { demarcheId: null, actorId: f.accounts.administratorId } },
      ],
      why: "only the administrateur.trice disables an account; its sessions and reset links end with it",
    },
    issuePasswordResetAction: {
      input: (f) => ({ facilitatorId: f.accounts.colleagueId }),
      allowed: ADMINISTRATOR,
      writes: (f) => [
        { table: "AccountLink", where: { facilitatorId: f.accounts.colleagueId } },
        { table: "AuditEvent", where: { demarcheId: null, actorId: f.accounts.administratorId } },
      ],
      why: "only the administrateur.trice issues a reset link (no mail server: they hand it over)",
    },
    handOverAdministrationAction: {
      input: (f) => ({ facilitatorId: f.accounts.colleagueId }),
      allowed: ADMINISTRATOR,
      writes: (f) => [
        { table: "Facilitator", where: { id: [f.accounts.colleagueId, f.accounts.administratorId] } },
        { table: "AuditEvent", where: { demarcheId: null, actorId: f.accounts.administratorId } },
      ],
      why: "only the administrateur.trice hands their role over, and loses it",
    },
  },
  "(site)/compte/actions.ts": {
    changePasswordAction: {
      input: (_f, c) => ({
        currentPassword: c.credentials.login?.password ?? FORGED.password,
        password: "une nouvelle phrase de passe",
        passwordConfirm: "une nouvelle phrase de passe",
      }),
      allowed: ANY_FACILITATOR,
      writes: (_f, c) => {
        const me = c.viewer.kind === "facilitator" ? c.viewer.facilitatorId : "";
        return [
          { table: "Facilitator", where: { id: me } },
          { table: "AuthSession", where: { facilitatorId: me } },
          { table: "LoginTicket", where: { facilitatorId: me } },
          { table: "AuditEvent", where: { demarcheId: null, actorId: me } },
        ];
      },
      why: "every facilitator changes their own password, typing the current one; the other devices are signed out",
    },
    signOutEverywhereAction: {
      input: () => ({}),
      allowed: ANY_FACILITATOR,
      writes: (_f, c) => {
        const me = c.viewer.kind === "facilitator" ? c.viewer.facilitatorId : "";
        return [
          { table: "AuthSession", where: { facilitatorId: me } },
          { table: "LoginTicket", where: { facilitatorId: me } },
          { table: "AuditEvent", where: { demarcheId: null, actorId: me } },
        ];
      },
      why: "every facilitator ends their own sessions, and only theirs",
    },
  },
  "(site)/inscription/[token]/actions.ts": {
    acceptAccountInvitationAction: {
      input: (_f, c) => ({
        token: c.credentials.accountInvitationToken ?? FORGED.token,
        name: "Nouvelle collègue",
        email: freshEmail(),
        password: "une phrase de passe",
        passwordConfirm: "une phrase de passe",
      }),
      allowed: ["account-link-holder"],
      writes: (f) => [
        { table: "Facilitator", where: { id: isNew(f) } },
        { table: "AccountLink", where: { kind: "invitation" } },
        { table: "LoginTicket", where: { facilitatorId: isNew(f) } },
        { table: "AuditEvent", where: { demarcheId: null, actorId: null } },
      ],
      why: "the link is the credential: only a valid, unused invitation opens an account (used, expired and forged ones are refused as unknown)",
    },
  },
  "(site)/nouveau-mot-de-passe/[token]/actions.ts": {
    resetPasswordAction: {
      input: (_f, c) => ({
        token: c.credentials.passwordResetToken ?? FORGED.token,
        password: "une nouvelle phrase de passe",
        passwordConfirm: "une nouvelle phrase de passe",
      }),
      allowed: ["account-link-holder"],
      writes: (f) => [
        { table: "Facilitator", where: { id: f.accounts.colleagueId } },
        { table: "AccountLink", where: { facilitatorId: f.accounts.colleagueId } },
        { table: "AuthSession", where: { facilitatorId: f.accounts.colleagueId } },
        { table: "LoginTicket", where: { facilitatorId: f.accounts.colleagueId } },
        { table: "AuditEvent", where: { demarcheId: null, actorId: null } },
      ],
      why: "the link is the credential: only a valid, unused reset link sets the password of the account it was issued for",
    },
  },
  "(site)/connexion/actions.ts": {
    signInFacilitatorAction: {
      input: (f, c) => ({
        email: c.credentials.login?.email ?? f.ownerEmail,
        password: c.credentials.login?.password ?? FORGED.password,
      }),
      allowed: ANY_FACILITATOR,
      writes: (_f, c) =>
        c.viewer.kind === "facilitator"
          ? [{ table: "LoginTicket", where: { facilitatorId: c.viewer.facilitatorId } }]
          : [],
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
      writes: () => [],
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
      writes: (f, c) => {
        const groupId = invitationGroup(f, c);
        return [
          { table: "Participant", where: { groupId } },
          { table: "Consent", where: { engagementTextId: c.credentials.invitation?.engagementTextId } },
          { table: "LoginTicket", where: { participantId: isNew(f) } },
          audit(demarcheOf(f, c)),
        ];
      },
      foreign: (f, c) => [
        {
          ...(c.credentials.invitation && { token: c.credentials.invitation.token }),
          engagementTextId: c.kind === "participant-other-demarche" ? f.engagementText.id : f.other.engagementTextId,
          displayName: "Nouvelle personne",
          consent: true,
        },
      ],
      refusedWith: ["INVALID_STATE"],
      foreignRefusedWith: ["CONFLICT"],
      why: "the link is the credential: anyone holding a valid one may join its group; a forged, revoked or expired link is no longer valid; with another démarche's conditions text, the text is not the current one (CONFLICT)",
    },
  },
  "(site)/mes-donnees/actions.ts": {
    renameMeAction: {
      input: () => ({ displayName: "Nouveau nom" }),
      allowed: ANY_PARTICIPANT,
      writes: (_f, c) => [{ table: "Participant", where: { id: me(c).participantId } }, audit(me(c).demarcheId)],
    },
    withdrawMeAction: {
      input: () => ({}),
      allowed: ANY_PARTICIPANT,
      writes: (_f, c) => [
        { table: "Participant", where: { id: me(c).participantId } },
        { table: "Consent", where: { participantId: me(c).participantId } },
        { table: "Position", where: { participantId: me(c).participantId } },
        { table: "AuthSession", where: { participantId: me(c).participantId } },
        { table: "LoginTicket", where: { participantId: me(c).participantId } },
        { table: "Attendance", where: { participantId: me(c).participantId } },
        audit(me(c).demarcheId),
      ],
    },
  },
  "(site)/registre-incidents/actions.ts": {
    recordIncidentAction: {
      input: (f) => ({ ...incident, demarcheId: f.demarcheId }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "ConfidentialityIncident", where: { demarcheId: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ ...incident, demarcheId: f.other.demarcheId }],
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
      writes: (f, c) => [
        { table: "Organisation", where: { id: isNew(f) } },
        { table: "Demarche", where: { id: isNew(f) } },
        ...DEMARCHE_TABLES.map((table) => ({ table, where: { demarcheId: isNew(f) } })),
        { table: "AuditEvent", where: { demarcheId: isNew(f) } },
        {
          table: "AuditEvent",
          where: { demarcheId: null, actorId: c.viewer.kind === "facilitator" ? c.viewer.facilitatorId : "" },
        },
      ],
      why: "any facilitator may start a démarche of their own",
    },
    // The « inter-organismes » context (decision 023): its own schema and use case.
    createInterDemarcheAction: {
      input: () => ({
        organisationName: "Maison des jeunes",
        partnerOrganisationName: "Centre de femmes",
        name: "Démarche inter-organismes",
        startDate: "2026-10-01",
        endDate: "2026-12-10",
        engagementText: "Conditions d'engagement",
        ...mandateTexts,
        namingConsentA: true,
        namingConsentB: true,
      }),
      allowed: ANY_FACILITATOR,
      writes: (f, c) => [
        { table: "Organisation", where: { id: isNew(f) } },
        { table: "Demarche", where: { id: isNew(f) } },
        ...(["DemarcheFacilitator", "EngagementText", "Group", "Meeting", "InterOrganisation"] as const).map(
          (table) => ({ table, where: { demarcheId: isNew(f) } }),
        ),
        { table: "AuditEvent", where: { demarcheId: isNew(f) } },
        {
          table: "AuditEvent",
          where: { demarcheId: null, actorId: c.viewer.kind === "facilitator" ? c.viewer.facilitatorId : "" },
        },
      ],
      why: "any facilitator may start a démarche of their own, in either context",
    },
  },
  "(site)/demarches/[demarcheId]/inter/actions.ts": {
    // One workshop's agreement about one organisation, in the owner's inter démarche (made in prepare).
    saveInterAgreementAction: {
      prepare: makeInterForMatrix,
      input: (f) => interAgreementInput(interOf(f).workshops.intervenants),
      allowed: FACILITATOR,
      writes: (f) => [
        { table: "InterAgreement", where: { groupId: interOf(f).workshops.intervenants } },
        audit(interOf(f).demarcheId),
      ],
      foreign: (f) => [interAgreementInput(otherGroup(f)), interAgreementInput(f.other.groupIds[1]!)],
    },
  },
  "(site)/demarches/[demarcheId]/actions.ts": {
    // « Nouveau cycle » (issue 17, decision 021): from the closed démarche, by whoever runs it.
    startNewCycleAction: {
      input: (f) => ({
        demarcheId: f.demarcheId,
        name: "Démarche réflexive, cycle suivant",
        startDate: "2027-10-01",
        endDate: "2028-02-25",
      }),
      phase: "suivi",
      prepare: async (f) => {
        await advancePhase(owner(f), { demarcheId: f.demarcheId, from: "suivi" });
      },
      allowed: FACILITATOR,
      writes: (f) => [
        { table: "Demarche", where: { id: isNew(f) } },
        ...DEMARCHE_TABLES.map((table) => ({ table, where: { demarcheId: isNew(f) } })),
        { table: "AuditEvent", where: { demarcheId: isNew(f) } },
      ],
      foreign: (f) => [
        {
          demarcheId: f.other.demarcheId,
          name: "Démarche réflexive, cycle suivant",
          startDate: "2027-10-01",
          endDate: "2028-02-25",
        },
      ],
      why: "the closed démarche's responsible facilitator or co-accompagnateur.trice starts the next cycle (the other démarche is in its suivi: refused as not theirs)",
    },
    // Archiving a closed démarche (issue 17, decision 021 addendum): by whoever runs it.
    setDemarcheArchivedAction: {
      input: (f) => ({ demarcheId: f.demarcheId, archived: true }),
      phase: "suivi",
      // Both démarches closed: the other one is refused for not being theirs, not for its phase.
      prepare: async (f) => {
        await advancePhase(owner(f), { demarcheId: f.demarcheId, from: "suivi" });
        await advancePhase(f.callers["other-facilitator"].viewer, { demarcheId: f.other.demarcheId, from: "suivi" });
      },
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Demarche", where: { id: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, archived: true }],
      why: "the closed démarche's responsible facilitator or co-accompagnateur.trice archives it; the instance's administrateur.trice, running no démarche, is refused like any other facilitator",
    },
    advancePhaseAction: {
      input: (f) => ({ demarcheId: f.demarcheId, from: "preparation" }),
      // The extra group is empty and would block the ateliers; the three default groups are full.
      prepare: async (f) => {
        await removeGroup(owner(f), { groupId: f.groupIds.extra });
      },
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Demarche", where: { id: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, from: "preparation" }],
    },
    overridePhaseAction: {
      input: (f) => ({ demarcheId: f.demarcheId, from: "preparation", overrideReason: "Le groupe est prêt" }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Demarche", where: { id: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, from: "preparation", overrideReason: "Le groupe est prêt" }],
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
      writes: (f) => [{ table: "Demarche", where: { id: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, from: "ateliers" }],
    },
  },
  "(site)/demarches/[demarcheId]/conditions/actions.ts": {
    publishEngagementTextAction: {
      input: (f) => ({ demarcheId: f.demarcheId, basedOnVersion: f.engagementText.version, body: "Nouveau texte" }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "EngagementText", where: { demarcheId: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [
        { demarcheId: f.other.demarcheId, basedOnVersion: f.engagementText.version, body: "Nouveau texte" },
      ],
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
        outputLocale: "en",
      }),
      allowed: FACILITATOR,
      writes: (f) => [
        { table: "Demarche", where: { id: f.demarcheId } },
        { table: "Organisation", where: { id: f.organisationId } },
        audit(f.demarcheId),
      ],
      foreign: (f, c) => [
        {
          ...(ACTIONS["(site)/demarches/[demarcheId]/parametres/actions.ts"]!.updateDemarcheSettingsAction!.input!(
            f,
            c,
          ) as object),
          demarcheId: f.other.demarcheId,
        },
      ],
    },
    // ── The retention period (issue 17, decision 021): people joined, so only shorter ──
    changeRetentionAction: {
      input: (f) => ({ demarcheId: f.demarcheId, retentionMonths: 6 }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Demarche", where: { id: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, retentionMonths: 6 }],
    },
    // ── Deleting a démarche created by mistake (issue 17, decision 021) ──
    deleteDemarcheAction: {
      input: (f) => ({ demarcheId: mistakeOf(f).demarcheId, confirmName: MISTAKE_NAME }),
      allowed: RESPONSIBLE,
      prepare: makeMistake,
      writes: (f, c) => {
        const { demarcheId, organisationId } = mistakeOf(f);
        return [
          { table: "Demarche", where: { id: demarcheId } },
          { table: "Organisation", where: { id: organisationId } },
          ...DEMARCHE_TABLES.map((table) => ({ table, where: { demarcheId } })),
          audit(demarcheId),
          {
            table: "AuditEvent",
            where: {
              demarcheId: null,
              actorId: c.viewer.kind === "facilitator" ? c.viewer.facilitatorId : "",
            },
          },
        ];
      },
      foreign: (f) => [{ demarcheId: f.other.demarcheId, confirmName: "Démarche d'un autre organisme" }],
      why: "a démarche nobody joined, still in préparation, that the owner created and shares with the co-accompagnateur.trice: only its responsible facilitator deletes it",
    },
    // ── Co-facilitation (issue 17, decision 021): the responsible facilitator only ──
    addCoFacilitatorAction: {
      input: (f) => ({ demarcheId: f.demarcheId, facilitatorId: f.team.removedCoFacilitatorId }),
      allowed: RESPONSIBLE,
      writes: (f) => [
        {
          table: "DemarcheFacilitator",
          where: { demarcheId: f.demarcheId, facilitatorId: f.team.removedCoFacilitatorId },
        },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, facilitatorId: f.team.removedCoFacilitatorId }],
      why: "only the responsible facilitator changes the team; a co-accompagnateur.trice is FORBIDDEN, a removed one NOT_FOUND",
    },
    removeCoFacilitatorAction: {
      input: (f) => ({ demarcheId: f.demarcheId, facilitatorId: f.team.coFacilitatorId }),
      allowed: RESPONSIBLE,
      writes: (f) => [
        { table: "DemarcheFacilitator", where: { demarcheId: f.demarcheId, facilitatorId: f.team.coFacilitatorId } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, facilitatorId: f.team.coFacilitatorId }],
      why: "only the responsible facilitator removes a colleague; nobody removes the responsible one",
    },
    handOverResponsibilityAction: {
      input: (f) => ({ demarcheId: f.demarcheId, facilitatorId: f.team.coFacilitatorId }),
      allowed: RESPONSIBLE,
      writes: (f) => [{ table: "DemarcheFacilitator", where: { demarcheId: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, facilitatorId: f.team.coFacilitatorId }],
      why: "only the responsible facilitator hands the role over, to a co-accompagnateur.trice of the démarche",
    },
  },
  "(site)/demarches/[demarcheId]/groupes/actions.ts": {
    addGroupAction: {
      input: (f) => ({ demarcheId: f.demarcheId, label: "Bénévoles", minSize: 3 }),
      allowed: FACILITATOR,
      writes: (f) => [...inDemarche(f, "Group", "Meeting", "Invitation"), audit(f.demarcheId)],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, label: "Bénévoles", minSize: 3 }],
    },
    updateGroupAction: {
      input: (f) => ({ groupId: f.groupIds.destinataires, label: "Destinataires", minSize: 4 }),
      allowed: FACILITATOR,
      writes: (f) => [
        { table: "Group", where: { id: f.groupIds.destinataires } },
        { table: "Meeting", where: { demarcheId: f.demarcheId } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ groupId: otherGroup(f), label: "Destinataires", minSize: 4 }],
    },
    removeGroupAction: {
      input: (f) => ({ groupId: f.groupIds.extra }),
      allowed: FACILITATOR,
      writes: (f) => [
        { table: "Group", where: { id: f.groupIds.extra } },
        { table: "Invitation", where: { groupId: f.groupIds.extra } },
        { table: "Meeting", where: { demarcheId: f.demarcheId } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ groupId: otherEmptyGroup(f) }],
    },
    renewInvitationAction: {
      input: (f) => ({ groupId: f.groupIds.destinataires, expiresOn: "2099-01-01" }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Invitation", where: { groupId: f.groupIds.destinataires } }, audit(f.demarcheId)],
      foreign: (f) => [{ groupId: otherGroup(f), expiresOn: "2099-01-01" }],
    },
    revokeInvitationAction: {
      input: (f) => ({ groupId: f.groupIds.destinataires }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Invitation", where: { groupId: f.groupIds.destinataires } }, audit(f.demarcheId)],
      foreign: (f) => [{ groupId: otherGroup(f) }],
    },
    addParticipantByHandAction: {
      input: (f) => ({
        groupId: f.groupIds.destinataires,
        engagementTextId: f.engagementText.id,
        displayName: "Sans appareil",
        oralConsent: true,
      }),
      allowed: FACILITATOR,
      foreignRefusedWith: ["CONFLICT"],
      why: "another démarche's conditions text, with this démarche's group, is not the current text (CONFLICT: reread them)",
      writes: (f) => [
        { table: "Participant", where: { groupId: f.groupIds.destinataires } },
        { table: "Consent", where: { engagementTextId: f.engagementText.id } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [
        {
          groupId: otherGroup(f),
          engagementTextId: f.other.engagementTextId,
          displayName: "Sans appareil",
          oralConsent: true,
        },
        // Mixed: this démarche's group with the other démarche's conditions.
        {
          groupId: f.groupIds.destinataires,
          engagementTextId: f.other.engagementTextId,
          displayName: "Sans appareil",
          oralConsent: true,
        },
      ],
    },
    // ── Admission (issue 15 §2, decision 013): the facilitator of the démarche only ──
    admitParticipantAction: {
      prepare: addWaitingPerson,
      input: (f) => ({ participantId: waitingPersonOf(f) }),
      allowed: FACILITATOR,
      writes: (f) => [...participantRows(waitingPersonOf(f)), audit(f.demarcheId)],
      foreign: (f) => [{ participantId: f.other.participantId }],
    },
    refuseParticipantAction: {
      prepare: addWaitingPerson,
      input: (f) => ({ participantId: waitingPersonOf(f) }),
      allowed: FACILITATOR,
      writes: (f) => [...participantRows(waitingPersonOf(f)), audit(f.demarcheId)],
      foreign: (f) => [{ participantId: f.other.participantId }],
    },
    removeParticipantAction: {
      input: (f) => ({ participantId: f.membersOf.destinataires[2]! }),
      allowed: FACILITATOR,
      writes: (f) => [...participantRows(f.membersOf.destinataires[2]!), audit(f.demarcheId)],
      foreign: (f) => [{ participantId: f.other.participantId }],
    },
    moveParticipantAction: {
      input: (f) => ({ participantId: f.membersOf.destinataires[1]!, toGroupId: f.groupIds.extra }),
      allowed: FACILITATOR,
      writes: (f) => [...participantRows(f.membersOf.destinataires[1]!), audit(f.demarcheId)],
      foreign: (f) => [
        { participantId: f.other.participantId, toGroupId: f.groupIds.extra },
        // This démarche's person, moved into another démarche's group.
        { participantId: f.membersOf.destinataires[1]!, toGroupId: otherGroup(f) },
      ],
    },
    mergeParticipantsAction: {
      input: (f) => ({ keepId: f.membersOf.destinataires[1]!, mergeId: f.membersOf.destinataires[2]! }),
      allowed: FACILITATOR,
      writes: (f) => [
        ...participantRows(f.membersOf.destinataires[1]!, f.membersOf.destinataires[2]!),
        audit(f.demarcheId),
      ],
      foreign: (f) => [
        { keepId: f.membersOf.destinataires[1]!, mergeId: f.other.participantId },
        { keepId: f.other.participantId, mergeId: f.membersOf.destinataires[2]! },
      ],
    },
    renameParticipantEntryAction: {
      input: (f) => ({ participantId: f.membersOf.destinataires[1]!, displayName: "Prénom corrigé" }),
      allowed: FACILITATOR,
      writes: (f) => [...participantRows(f.membersOf.destinataires[1]!), audit(f.demarcheId)],
      foreign: (f) => [{ participantId: f.other.participantId, displayName: "Prénom corrigé" }],
    },
  },
  "(site)/atelier/positionnement/actions.ts": {
    saveMyPositionDraftAction: {
      phase: "ateliers",
      input: () => positionAnswers,
      allowed: ANY_PARTICIPANT,
      writes: (_f, c) => [
        { table: "Position", where: { participantId: me(c).participantId } },
        audit(me(c).demarcheId),
      ],
      why: "each participant writes only their own position (the input names nobody); another démarche's participant, in its own ateliers too, writes theirs",
    },
    submitMyPositionAction: {
      phase: "ateliers",
      input: () => positionAnswers,
      allowed: ANY_PARTICIPANT,
      writes: (_f, c) => [
        { table: "Position", where: { participantId: me(c).participantId } },
        audit(me(c).demarcheId),
      ],
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
      writes: (f) => [{ table: "GroupAgreement", where: { groupId: f.groupIds.destinataires } }, audit(f.demarcheId)],
      foreign: (f, c) => [withGroup(f, c, "saveAgreementAction", otherGroup(f))],
    },
    saveConditionAction: {
      phase: "ateliers",
      input: (f) => ({ groupId: f.groupIds.destinataires, kind: "favorise", theme: "Accueil", text: "L'accueil." }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "GroupCondition", where: { groupId: f.groupIds.destinataires } }, audit(f.demarcheId)],
      foreign: (f, c) => [withGroup(f, c, "saveConditionAction", otherGroup(f))],
    },
    deleteConditionAction: {
      phase: "ateliers",
      input: (f) => ({ conditionId: workshopOf(f).conditionIds.destinataires }),
      allowed: FACILITATOR,
      writes: (f) => [
        { table: "GroupCondition", where: { id: workshopOf(f).conditionIds.destinataires } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ conditionId: f.other.conditionId }],
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
      writes: (f) => [{ table: "Piste", where: { groupId: f.groupIds.destinataires } }, audit(f.demarcheId)],
      foreign: (f, c) => [withGroup(f, c, "savePisteAction", otherGroup(f))],
    },
    deletePisteAction: {
      phase: "ateliers",
      input: (f) => ({ pisteId: workshopOf(f).pisteIds.destinataires }),
      allowed: FACILITATOR,
      writes: (f) => [
        { table: "Piste", where: { id: workshopOf(f).pisteIds.destinataires } },
        { table: "PisteSupport", where: { pisteId: workshopOf(f).pisteIds.destinataires } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ pisteId: f.other.pisteId }],
    },
    closeWorkshopAction: {
      phase: "ateliers",
      input: (f) => ({ groupId: f.groupIds.destinataires }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Group", where: { id: f.groupIds.destinataires } }, audit(f.demarcheId)],
      foreign: (f) => [{ groupId: otherGroup(f) }],
    },
    reopenWorkshopAction: {
      phase: "ateliers",
      prepare: async (f) => {
        await closeWorkshop(owner(f), { groupId: f.groupIds.destinataires });
      },
      input: (f) => ({ groupId: f.groupIds.destinataires }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Group", where: { id: f.groupIds.destinataires } }, audit(f.demarcheId)],
      foreign: (f) => [{ groupId: otherGroup(f) }],
    },
    releaseResultsAction: {
      phase: "ateliers",
      input: (f) => ({ groupId: f.groupIds.destinataires }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Group", where: { id: f.groupIds.destinataires } }, audit(f.demarcheId)],
      foreign: (f) => [{ groupId: otherGroup(f) }],
    },
    undoReleaseAction: {
      phase: "ateliers",
      prepare: async (f) => {
        await releaseGroupResults(owner(f), { groupId: f.groupIds.destinataires });
      },
      input: (f) => ({ groupId: f.groupIds.destinataires }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Group", where: { id: f.groupIds.destinataires } }, audit(f.demarcheId)],
      foreign: (f) => [{ groupId: otherGroup(f) }],
    },
    savePositionOnBehalfAction: {
      phase: "ateliers",
      // The person confirmed these answers themself (walk-demarche): the facilitator's say-so (decision 014).
      input: (f) => ({ ...positionAnswers, participantId: f.membersOf.destinataires[1], overrideOwnAnswers: true }),
      allowed: FACILITATOR,
      writes: (f) => [
        { table: "Position", where: { participantId: f.membersOf.destinataires[1] } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ ...positionAnswers, participantId: f.other.participantId }],
      why: "the facilitator types in a person's answers (paper, no device); nobody else writes someone else's position",
    },
    submitPositionOnBehalfAction: {
      phase: "ateliers",
      input: (f) => ({ ...positionAnswers, participantId: f.membersOf.destinataires[1], overrideOwnAnswers: true }),
      allowed: FACILITATOR,
      writes: (f) => [
        { table: "Position", where: { participantId: f.membersOf.destinataires[1] } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ ...positionAnswers, participantId: f.other.participantId }],
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
      foreignRefusedWith: ["VALIDATION"],
      why: "another démarche's groups supporting this démarche's piste are a field error (unknown group)",
      writes: (f) => [
        { table: "Piste", where: { demarcheId: f.demarcheId, groupId: null } },
        { table: "PisteSupport", where: { groupId: [f.groupIds.intervenants, f.groupIds.destinataires] } },
        audit(f.demarcheId),
      ],
      foreign: (f, c) => {
        const input = ACTIONS["(site)/demarches/[demarcheId]/mise-en-commun/actions.ts"]!.savePlenaryPisteAction!
          .input!(f, c) as object;
        return [
          { ...input, demarcheId: f.other.demarcheId, supportGroupIds: f.other.groupIds.slice(0, 2) },
          // Mixed: this démarche, supported by the other démarche's groups.
          { ...input, supportGroupIds: f.other.groupIds.slice(0, 2) },
          // Mixed: editing the other démarche's piste from this one.
          { ...input, pisteId: f.other.plenaryPisteIds[0] },
        ];
      },
    },
    deletePlenaryPisteAction: {
      phase: "mise_en_commun",
      input: (f) => ({ pisteId: plenaryPiste(f) }),
      allowed: FACILITATOR,
      writes: (f) => [
        { table: "Piste", where: { id: plenaryPiste(f) } },
        { table: "PisteSupport", where: { pisteId: plenaryPiste(f) } },
        { table: "CaAnswer", where: { pisteId: plenaryPiste(f) } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ pisteId: f.other.plenaryPisteIds[0] }],
    },
  },
  "(site)/demarches/[demarcheId]/rapport/actions.ts": {
    createReportLinkAction: {
      phase: "mise_en_commun",
      input: (f) => ({ demarcheId: f.demarcheId, label: "Pour la trésorière", expiresInDays: 30 }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "ReportLink", where: { demarcheId: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, label: "Pour la trésorière", expiresInDays: 30 }],
    },
    revokeReportLinkAction: {
      phase: "transmission_ca",
      input: (f) => ({ linkId: f.reportLinkId }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "ReportLink", where: { id: f.reportLinkId } }, audit(f.demarcheId)],
      foreign: (f) => [{ linkId: f.other.reportLinkId }],
      why: "only the facilitator who runs the démarche revokes its links; the link's holder cannot revoke it either",
    },
  },
  "(site)/demarches/[demarcheId]/rapport/reponses/actions.ts": {
    recordCaAnswerAction: {
      phase: "transmission_ca",
      input: (f) => caAnswer(plenaryPiste(f)),
      allowed: CA_BOARD,
      writes: (f) => [{ table: "CaAnswer", where: { pisteId: plenaryPiste(f) } }, audit(f.demarcheId)],
      foreign: (f) => [caAnswer(f.other.plenaryPisteIds[0]!)],
      why: "the same server function as the board's page: the facilitator records the CA's answer or a board member gives it (decision 009), whichever page sends it",
    },
    saveCaSummaryAction: {
      phase: "transmission_ca",
      input: (f) => ({ demarcheId: f.demarcheId, summary: "Le CA remercie les groupes." }),
      allowed: CA_BOARD,
      writes: (f) => [{ table: "CaReport", where: { demarcheId: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, summary: "Le CA remercie les groupes." }],
      why: "as recordCaAnswerAction",
    },
    publishCaReportAction: {
      phase: "transmission_ca",
      prepare: async (f) => {
        for (const pisteId of f.plenaryPisteIds) await recordCaAnswer(owner(f), caAnswer(pisteId));
      },
      input: (f) => ({ demarcheId: f.demarcheId }),
      allowed: CA_BOARD,
      writes: (f) => [
        { table: "CaReport", where: { demarcheId: f.demarcheId } },
        { table: "Demarche", where: { id: f.demarcheId } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ demarcheId: f.other.demarcheId }],
      why: "as recordCaAnswerAction; every piste has its answer",
    },
    saveReactionForGroupAction: {
      phase: "suivi",
      input: (f, c) => ({
        groupId: c.viewer.kind === "participant" ? c.viewer.groupId : f.groupIds.destinataires,
        text: "Le groupe salue la réponse du CA.",
      }),
      allowed: [...FACILITATOR, ...ANY_PARTICIPANT],
      writes: (f, c) => [
        ...reactionRows(c.viewer.kind === "participant" ? c.viewer.groupId : f.groupIds.destinataires),
        audit(demarcheOf(f, c)),
      ],
      foreign: (f, c) => [{ groupId: anotherGroupThan(f, c), text: "Le groupe salue la réponse du CA." }],
      why: "the facilitator writes for the group named; a participant for their own group only (another group's id is refused: the own-ids column), which /suivi lets them do anyway",
    },
  },
  "(site)/rapport/actions.ts": {
    boardAnswerAction: {
      phase: "transmission_ca",
      input: (f) => caAnswer(plenaryPiste(f)),
      allowed: CA_BOARD,
      writes: (f) => [{ table: "CaAnswer", where: { pisteId: plenaryPiste(f) } }, audit(f.demarcheId)],
      foreign: (f) => [caAnswer(f.other.plenaryPisteIds[0]!)],
      why: "the board's page; the facilitator may record the CA's answer from either page (decision 009)",
    },
    boardSummaryAction: {
      phase: "transmission_ca",
      input: (f) => ({ demarcheId: f.demarcheId, summary: "Le CA remercie les groupes." }),
      allowed: CA_BOARD,
      writes: (f) => [{ table: "CaReport", where: { demarcheId: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ demarcheId: f.other.demarcheId, summary: "Le CA remercie les groupes." }],
      why: "as boardAnswerAction",
    },
    boardPublishAction: {
      phase: "transmission_ca",
      prepare: async (f) => {
        for (const pisteId of f.plenaryPisteIds) await recordCaAnswer(owner(f), caAnswer(pisteId));
      },
      input: (f) => ({ demarcheId: f.demarcheId }),
      allowed: CA_BOARD,
      writes: (f) => [
        { table: "CaReport", where: { demarcheId: f.demarcheId } },
        { table: "Demarche", where: { id: f.demarcheId } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ demarcheId: f.other.demarcheId }],
      why: "as boardAnswerAction; every piste has its answer",
    },
  },
  "(site)/suivi/actions.ts": {
    saveOwnReactionAction: {
      phase: "suivi",
      input: () => ({ groupId: "", text: "Nous aimerions en reparler à l'automne." }),
      allowed: ANY_PARTICIPANT,
      writes: (_f, c) => [...reactionRows(me(c).groupId), audit(me(c).demarcheId)],
      why: "any participant writes their own group's reaction once the CA has published (the input names no group); another démarche's participant, in its own suivi too, writes their group's",
    },
  },
  "(site)/demarches/[demarcheId]/calendrier/actions.ts": {
    addMeetingAction: {
      input: (f) => ({ ...meetingFields, demarcheId: f.demarcheId }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Meeting", where: { demarcheId: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ ...meetingFields, demarcheId: f.other.demarcheId }],
    },
    updateMeetingAction: {
      input: (f) => ({ ...meetingFields, meetingId: f.meetingId }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Meeting", where: { id: f.meetingId } }, audit(f.demarcheId)],
      foreign: (f) => [{ ...meetingFields, meetingId: f.other.meetingId }],
    },
    moveMeetingAction: {
      input: (f) => ({ meetingId: f.meetingId, direction: "down" }),
      allowed: FACILITATOR,
      writes: (f) => [{ table: "Meeting", where: { demarcheId: f.demarcheId } }, audit(f.demarcheId)],
      foreign: (f) => [{ meetingId: f.other.meetingId, direction: "down" }],
    },
    removeMeetingAction: {
      input: (f) => ({ meetingId: f.meetingId }),
      allowed: FACILITATOR,
      writes: (f) => [
        { table: "Meeting", where: { demarcheId: f.demarcheId } },
        { table: "Attendance", where: { meetingId: f.meetingId } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [{ meetingId: f.other.meetingId }],
    },
    saveMeetingRecordAction: {
      input: (f) => ({ meetingId: f.meetingId, held: true, present: [f.participantIds[0]], minutes: "Compte rendu" }),
      allowed: FACILITATOR,
      foreignRefusedWith: ["VALIDATION"],
      why: "another démarche's participant in this meeting's attendance is a field error (unknown participant)",
      writes: (f) => [
        { table: "Meeting", where: { id: f.meetingId } },
        { table: "Attendance", where: { meetingId: f.meetingId } },
        audit(f.demarcheId),
      ],
      foreign: (f) => [
        { meetingId: f.other.meetingId, held: true, present: [f.other.participantId], minutes: "Compte rendu" },
        // Mixed: this démarche's meeting, attended by the other démarche's participant.
        { meetingId: f.meetingId, held: true, present: [f.other.participantId], minutes: "Compte rendu" },
      ],
    },
  },
};

export const ROUTES: Record<string, Partial<Record<HttpMethod, RouteEntry>>> = {
  "(site)/demarches/[demarcheId]/calendrier.ics/route.ts": {
    GET: {
      params: (f) => ({ demarcheId: f.demarcheId }),
      allowed: FACILITATOR,
      foreign: (f) => [{ params: { demarcheId: f.other.demarcheId } }],
    },
  },
  "(site)/demarches/[demarcheId]/ateliers/fiche/route.ts": {
    GET: {
      phase: "ateliers",
      params: (f) => ({ demarcheId: f.demarcheId }),
      search: (f) => `groupe=${encodeURIComponent(f.groupIds.destinataires)}`,
      allowed: FACILITATOR,
      foreign: (f) => [
        { params: { demarcheId: f.other.demarcheId }, search: `groupe=${encodeURIComponent(f.other.groupIds[0]!)}` },
        // Mixed: this démarche's address, the other démarche's group.
        { params: { demarcheId: f.demarcheId }, search: `groupe=${encodeURIComponent(f.other.groupIds[0]!)}` },
      ],
    },
  },
  "(site)/demarches/[demarcheId]/groupes/[groupId]/invitation/pdf/route.ts": {
    GET: {
      params: (f) => ({ demarcheId: f.demarcheId, groupId: f.groupIds.destinataires }),
      allowed: FACILITATOR,
      foreign: (f) => [
        { params: { demarcheId: f.other.demarcheId, groupId: f.other.groupIds[0]! } },
        // Mixed: this démarche's address, the other démarche's group.
        { params: { demarcheId: f.demarcheId, groupId: f.other.groupIds[0]! } },
      ],
      why: "the printed invitation (link, code, QR) of a group, for the démarche's facilitators only, like the sheet's page",
    },
  },
  "(site)/demarches/[demarcheId]/rapport/json/route.ts": {
    GET: {
      phase: "transmission_ca",
      params: (f) => ({ demarcheId: f.demarcheId }),
      allowed: FACILITATOR,
      writes: (f) => [audit(f.demarcheId)],
      foreign: (f) => [{ params: { demarcheId: f.other.demarcheId } }],
    },
  },
  "(site)/demarches/[demarcheId]/rapport/pdf/route.ts": {
    GET: {
      phase: "transmission_ca",
      params: (f) => ({ demarcheId: f.demarcheId }),
      allowed: CA_BOARD,
      writes: (f) => [audit(f.demarcheId)],
      foreign: (f) => [{ params: { demarcheId: f.other.demarcheId } }],
      why: "the file is the CA report, whose readers getReportPdf authorises (authorizeReportRead): the facilitator, and once transmitted the board; a report link's holder has no session and uses /r/<token>/pdf",
    },
  },
  // One organisation's copy of an inter-organismes bilan (decision 023), in the owner's inter démarche.
  "(site)/demarches/[demarcheId]/bilan/[side]/pdf/route.ts": {
    GET: {
      prepare: makeInterForMatrix,
      params: (f) => ({ demarcheId: interOf(f).demarcheId, side: "a" }),
      // The other language than the démarche's (decision 024): the same readers.
      search: () => "lang=en",
      allowed: FACILITATOR,
      writes: (f) => [audit(interOf(f).demarcheId)],
      foreign: (f) => [{ params: { demarcheId: f.other.demarcheId, side: "a" } }],
    },
  },
  "(site)/rapport/pdf/route.ts": {
    GET: {
      phase: "transmission_ca",
      allowed: PARTICIPANTS_OF("administrateurs"),
      writes: (f) => [audit(f.demarcheId)],
      why: "the board's download of its own démarche's report; other participants are refused",
    },
  },
  "(report-link)/r/[token]/pdf/route.ts": {
    GET: {
      phase: "transmission_ca",
      params: (_f, c) => ({ token: c.credentials.reportLinkToken ?? FORGED.token }),
      allowed: REPORT_LINK,
      writes: (f) => [audit(f.demarcheId)],
      why: "the link's token is the credential; everyone else presents a forged one",
    },
  },
  "(site)/mes-donnees/export/route.ts": {
    GET: { allowed: ANY_PARTICIPANT, why: "each participant downloads their own data" },
  },
  "(site)/atelier/etat/route.ts": {
    GET: {
      phase: "ateliers",
      allowed: ANY_PARTICIPANT,
      why: "a participant's pages poll their own démarche's stamp (decision 015); the route takes no id",
    },
  },
  "(site)/demarches/[demarcheId]/etat/route.ts": {
    GET: {
      phase: "ateliers",
      params: (f) => ({ demarcheId: f.demarcheId }),
      allowed: FACILITATOR,
      foreign: (f) => [{ params: { demarcheId: f.other.demarcheId } }],
    },
  },
};

/*
 * ─── The set-up server functions pages call directly (issue 5) ───
 *
 * Pages read through server functions without an action in between, so the
 * endpoint matrix above does not see them. Every function exported from the
 * set-up folders (src/server/{demarches,groups,invitations,meetings,phases})
 * is listed here or named in INTERNAL_HELPERS (a test fails otherwise), and
 * tests/integration/security/setup-function-matrix.test.ts calls each one as
 * every kind of caller of the security fixture: the facilitator of the
 * démarche succeeds; with the other démarche's ids (`otherSetupIds`) even
 * they get NOT_FOUND; everyone else is refused with the exact code their kind
 * earns (SETUP_REFUSALS: stricter than the endpoint matrix, which accepts any
 * authorisation error); nothing is written on any refusal; once the démarche
 * is closed, reads still work and every write is INVALID_STATE. (Merged from
 * tests/support/setup-functions.ts, issue 21.)
 *
 * - kind "read" returns data; kind "write" changes something.
 * - scope "instance": not tied to one démarche (another facilitator may call
 *   it for themselves), so only the participant and anonymous denials apply.
 */

/** The ids a set-up function is called with. */
export type SetupFixture = {
  demarcheId: string;
  groupId: string;
  /** A group nobody joined, so removeGroup would succeed for its owner. */
  emptyGroupId: string;
  meetingId: string;
  participantId: string;
  engagementTextId: string;
  engagementVersion: number;
};

export type SetupFunction = {
  name: string;
  kind: "read" | "write";
  scope?: "instance";
  call: (viewer: Viewer, f: SetupFixture) => Promise<unknown>;
};

/** This démarche's rows, for the set-up functions: the destinataires' group, the extra (empty) group. */
export const ownSetupIds = (f: SecurityFixture): SetupFixture => ({
  demarcheId: f.demarcheId,
  groupId: f.groupIds.destinataires,
  emptyGroupId: f.groupIds.extra,
  meetingId: f.meetingId,
  participantId: f.membersOf.destinataires[0]!,
  engagementTextId: f.engagementText.id,
  engagementVersion: f.engagementText.version,
});

/** The same rows of the other démarche (the own-ids column: its facilitator is not the caller). */
export const otherSetupIds = (f: SecurityFixture): SetupFixture => ({
  demarcheId: f.other.demarcheId,
  groupId: otherGroup(f),
  emptyGroupId: otherEmptyGroup(f),
  meetingId: f.other.meetingId,
  participantId: f.other.participantId,
  engagementTextId: f.other.engagementTextId,
  engagementVersion: f.engagementText.version,
});

/** Who may call a set-up function: the démarche's facilitator, or any facilitator for an instance-wide one. */
export const setupAllowed = (fn: SetupFunction): readonly CallerKind[] =>
  fn.scope === "instance" ? ANY_FACILITATOR : FACILITATOR;

/** The one error each refused kind of caller must meet, whatever the function. */
export const SETUP_REFUSALS: Record<CallerKind, string> = {
  anonymous: "UNAUTHENTICATED",
  "report-link": "UNAUTHENTICATED",
  "invitation-holder": "UNAUTHENTICATED",
  "revoked-invitation": "UNAUTHENTICATED",
  "expired-invitation": "UNAUTHENTICATED",
  "participant-intervenants": "FORBIDDEN",
  "participant-destinataires": "FORBIDDEN",
  "participant-administrateurs": "FORBIDDEN",
  "participant-other-demarche": "FORBIDDEN",
  facilitator: "NOT_FOUND",
  "other-facilitator": "NOT_FOUND",
  // Runs no démarche: another facilitator's démarche, as for other-facilitator (decision 020).
  administrator: "NOT_FOUND",
  // Its session ended when it was disabled: nobody is signed in.
  "disabled-account": "UNAUTHENTICATED",
  "account-link-holder": "UNAUTHENTICATED",
  "used-account-link": "UNAUTHENTICATED",
  "expired-account-link": "UNAUTHENTICATED",
  "co-facilitator": "NOT_FOUND",
  "removed-co-facilitator": "NOT_FOUND",
};

export const SETUP_FUNCTIONS: SetupFunction[] = [
  {
    name: "createDemarche",
    kind: "write",
    scope: "instance",
    call: (v) =>
      createDemarche(v, { organisationName: "Autre", name: "Autre", startDate: "2026-10-01", endDate: "2027-02-26" }),
  },
  { name: "listFacilitatorDemarches", kind: "read", scope: "instance", call: (v) => listFacilitatorDemarches(v) },
  { name: "countArchivedDemarches", kind: "read", scope: "instance", call: (v) => countArchivedDemarches(v) },
  { name: "getDemarcheDashboard", kind: "read", call: (v, f) => getDemarcheDashboard(v, f.demarcheId) },
  { name: "getDemarcheSettings", kind: "read", call: (v, f) => getDemarcheSettings(v, f.demarcheId) },
  { name: "getDemarcheTeam", kind: "read", call: (v, f) => getDemarcheTeam(v, f.demarcheId) },
  { name: "getDemarcheLifecycle", kind: "read", call: (v, f) => getDemarcheLifecycle(v, f.demarcheId) },
  {
    name: "changeRetention",
    kind: "write",
    call: (v, f) => changeRetention(v, { demarcheId: f.demarcheId, retentionMonths: 6 }),
  },
  {
    name: "updateDemarcheSettings",
    kind: "write",
    call: (v, f) =>
      updateDemarcheSettings(v, {
        demarcheId: f.demarcheId,
        organisationName: "Renommé",
        name: "Renommée",
        startDate: "2026-10-01",
        endDate: "2027-02-26",
        privacyOfficerName: "Quelqu'un",
        privacyOfficerContact: "x@example.org",
        mandateExpertise: "E",
        mandateRepresentation: "R",
        mandateParticipation: "P",
      }),
  },
  { name: "getEngagementTexts", kind: "read", call: (v, f) => getEngagementTexts(v, f.demarcheId) },
  {
    name: "publishEngagementText",
    kind: "write",
    call: (v, f) =>
      publishEngagementText(v, {
        demarcheId: f.demarcheId,
        basedOnVersion: f.engagementVersion,
        body: "Nouveau texte",
      }),
  },
  { name: "getGroupsOverview", kind: "read", call: (v, f) => getGroupsOverview(v, f.demarcheId) },
  {
    name: "addGroup",
    kind: "write",
    call: (v, f) => addGroup(v, { demarcheId: f.demarcheId, label: "Coordonnateur.trice.s", minSize: 3 }),
  },
  {
    name: "updateGroup",
    kind: "write",
    call: (v, f) => updateGroup(v, { groupId: f.groupId, label: "X", minSize: 4 }),
  },
  { name: "removeGroup", kind: "write", call: (v, f) => removeGroup(v, { groupId: f.emptyGroupId }) },
  // Also behind the atelier page's « sans appareil » form (the one use case for both pages).
  {
    name: "addParticipantByHand",
    kind: "write",
    call: (v, f) =>
      addParticipantByHand(v, {
        groupId: f.groupId,
        displayName: "Sans appareil",
        engagementTextId: f.engagementTextId,
      }),
  },
  {
    name: "renewGroupInvitation",
    kind: "write",
    call: (v, f) => renewGroupInvitation(v, { groupId: f.groupId, expiresOn: "2099-01-01" }),
  },
  { name: "revokeGroupInvitation", kind: "write", call: (v, f) => revokeGroupInvitation(v, { groupId: f.groupId }) },
  { name: "getInvitationSheet", kind: "read", call: (v, f) => getInvitationSheet(v, f.groupId) },
  { name: "getCalendar", kind: "read", call: (v, f) => getCalendar(v, f.demarcheId) },
  { name: "addMeeting", kind: "write", call: (v, f) => addMeeting(v, { ...meetingFields, demarcheId: f.demarcheId }) },
  {
    name: "updateMeeting",
    kind: "write",
    call: (v, f) => updateMeeting(v, { ...meetingFields, meetingId: f.meetingId }),
  },
  { name: "moveMeeting", kind: "write", call: (v, f) => moveMeeting(v, { meetingId: f.meetingId, direction: "down" }) },
  { name: "removeMeeting", kind: "write", call: (v, f) => removeMeeting(v, { meetingId: f.meetingId }) },
  { name: "getMeeting", kind: "read", call: (v, f) => getMeeting(v, f.meetingId) },
  {
    name: "saveMeetingRecord",
    kind: "write",
    call: (v, f) =>
      saveMeetingRecord(v, { meetingId: f.meetingId, held: true, present: [f.participantId], minutes: "Compte rendu" }),
  },
  { name: "exportCalendar", kind: "read", call: (v, f) => exportCalendar(v, f.demarcheId) },
  { name: "getPhaseStatus", kind: "read", call: (v, f) => getPhaseStatus(v, f.demarcheId) },
  {
    name: "advancePhase",
    kind: "write",
    call: (v, f) => advancePhase(v, { demarcheId: f.demarcheId, from: "preparation", overrideReason: "Test" }),
  },
  {
    name: "stepBackPhase",
    kind: "write",
    call: (v, f) => stepBackPhase(v, { demarcheId: f.demarcheId, from: "ateliers" }),
  },
];

/**
 * Exported from the set-up folders but not callable from a page or action on
 * their own: each is used only by a listed function that has already checked
 * the viewer.
 */
export const INTERNAL_HELPERS: Record<string, string> = {
  createGroupInvitation: "called by createDemarche, addGroup and renewGroupInvitation after their checks",
  invitationExpiryFor: "pure date helper",
  demarcheRowData: "pure: the row createDemarche and createInterDemarche write after their checks",
  createGroups: "writes inside createDemarche's and createInterDemarche's transactions, after their checks",
  createProposedMeetings: "writes inside createDemarche's and createInterDemarche's transactions, after their checks",
  invitationLink: "pure URL helper",
  requireDemarcheForRead: "the guard itself",
  requireOpenDemarche: "the guard itself",
  assertIntraContext: "the inter-organismes guard itself (decision 023)",
  demarcheOutputLocale:
    "reads a setting for callers that authorised first (report, worksheet, invitation and calendar routes; decision 024)",
  requireGroupOfFacilitator: "the guard itself",
  requireMeetingOfFacilitator: "the guard itself",
  loadPhaseSnapshot: "loader used by getPhaseStatus, getDemarcheDashboard, advancePhase, stepBackPhase",
  loadCalendar: "loader used by getCalendar and getDemarcheDashboard",
  meetingColumns: "used by addMeeting and updateMeeting",
  attendanceCandidates: "used by getMeeting and saveMeetingRecord",
  requireResponsibleFacilitator: "the team's guard (decision 021)",
  roleOf: "loader used by the team and life-cycle functions after their checks",
  facilitatorNames: "loader used by pages' reads after their checks (decision 021)",
  lastFacilitatorFor: "loader used by getMeeting after its check",
  addCoFacilitator:
    "responsible facilitator only (FORBIDDEN to a co-accompagnateur.trice): the action matrix's RESPONSIBLE entry",
  removeCoFacilitator: "responsible facilitator only: the action matrix's RESPONSIBLE entry",
  handOverResponsibility: "responsible facilitator only: the action matrix's RESPONSIBLE entry",
  startNewCycle:
    "works on a closed démarche only, which every write here refuses: the action matrix's entry (closed in prepare) and new-cycle.test.ts",
  deleteDemarche: "responsible facilitator only, on a démarche nobody joined: the action matrix's RESPONSIBLE entry",
  setDemarcheArchived:
    "works on a closed démarche only, which every write here refuses: the action matrix's entry (closed in prepare) and archive.test.ts",
  getDemarcheHeader:
    "shared read (foundation): participants may read their own démarche's header; tested in foundation",
};

// ─── Deleting a démarche created by mistake (issue 17, decision 021) ─────────

const MISTAKE_NAME = "Démarche créée par erreur";
const mistakes = new WeakMap<SecurityFixture, { demarcheId: string; organisationId: string }>();

/** A second démarche of the owner, nobody joined, the co-accompagnateur.trice on its team too. */
async function makeMistake(f: SecurityFixture): Promise<void> {
  const created = await createDemarche(owner(f), {
    organisationName: "Organisme de la démarche créée par erreur",
    name: MISTAKE_NAME,
    startDate: "2026-10-01",
    endDate: "2027-02-26",
  });
  await addCoFacilitator(owner(f), { demarcheId: created.demarcheId, facilitatorId: f.team.coFacilitatorId });
  mistakes.set(f, created);
}

function mistakeOf(f: SecurityFixture) {
  const found = mistakes.get(f);
  if (!found) throw new Error("makeMistake did not run for this fixture");
  return found;
}

// ─── Inter-organismes (issue 22, decision 023) ────────────────────────────────

const inters = new WeakMap<SecurityFixture, Awaited<ReturnType<typeof makeInterDemarche>>>();

/** An inter-organismes démarche of the owner, with the co-accompagnateur.trice on its team too. */
async function makeInterForMatrix(f: SecurityFixture): Promise<void> {
  const created = await makeInterDemarche(owner(f));
  await addCoFacilitator(owner(f), { demarcheId: created.demarcheId, facilitatorId: f.team.coFacilitatorId });
  inters.set(f, created);
}

function interOf(f: SecurityFixture) {
  const found = inters.get(f);
  if (!found) throw new Error("makeInterForMatrix did not run for this fixture");
  return found;
}

const interAgreementInput = (groupId: string) => ({
  groupId,
  side: "b",
  current: { expertise: 700, representation: 200, participation: 100 },
  desired: { expertise: 200, representation: 300, participation: 500 },
  why: "Ce que l'atelier a convenu",
  examples: "Un comité de jeunes",
});

// ─── Admission (issue 15 §2, decision 013) ────────────────────────────────────

/** The person who joined with the destinataires' code and waits to be admitted, per fixture. */
const waitingPeople = new WeakMap<SecurityFixture, string>();

async function addWaitingPerson(f: SecurityFixture): Promise<void> {
  const invitation = f.callers["participant-destinataires"].credentials.invitation!;
  const joined = await joinDemarche({
    token: invitation.token,
    displayName: "En attente",
    acceptedEngagementTextId: invitation.engagementTextId,
  });
  waitingPeople.set(f, joined.participantId);
}

/** Every row that belongs to these people: their entry, consents, sessions, sign-in tickets, attendance, answers. */
function participantRows(...ids: string[]): WriteScope[] {
  return [
    { table: "Participant", where: { id: ids } },
    ...(["Consent", "AuthSession", "LoginTicket", "Attendance", "Position"] as const).map((table): WriteScope => ({
      table,
      where: { participantId: ids },
    })),
  ];
}

function waitingPersonOf(f: SecurityFixture): string {
  const id = waitingPeople.get(f);
  if (!id) throw new Error("addWaitingPerson did not run for this fixture");
  return id;
}
