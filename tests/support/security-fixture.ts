import { randomUUID } from "node:crypto";
import type { Phase } from "@/domain/vocabulary";
import { createSessionRecord } from "@/server/auth/session-records";
import {
  ANONYMOUS,
  type FacilitatorViewer,
  type ParticipantViewer,
  type Viewer,
  viewerFromSessionId,
} from "@/server/auth/viewer";
import { db } from "@/server/db";
import { addGroup } from "@/server/groups/add-group";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";
import { inviteColleague } from "@/server/facilitators/invite-colleague";
import { issuePasswordReset } from "@/server/facilitators/issue-password-reset";
import { setAccountDisabled } from "@/server/facilitators/set-account-disabled";
import { acceptAccountInvitation } from "@/server/facilitators/accept-account-invitation";
import { resetPasswordWithLink } from "@/server/facilitators/reset-password-with-link";
import { joinDemarche } from "@/server/participants/join-demarche";
import { randomToken, seal, sha256 } from "@/server/secrets";
import { addCoFacilitator } from "@/server/team/add-co-facilitator";
import { removeCoFacilitator } from "@/server/team/remove-co-facilitator";
import { admitAsFacilitator, currentEngagementTextId, makeDemarche, makeFacilitator, PASSWORD } from "./factories";
import { type DemarcheToWalk, walkDemarche } from "./walk-demarche";

/**
 * The world the security matrix and the fuzzing run in: one démarche with its
 * three groups of three participants (the minimum a group needs to show
 * anything), an extra empty group, another facilitator's démarche, a report
 * link, and invitations that are valid, revoked and expired. Every kind of
 * caller the issue names is one entry of `callers`.
 *
 * `makeSecurityFixture(phase)` then walks both démarches to that phase
 * through the real server functions (tests/support/walk-demarche.ts):
 * positions confirmed and each group's work recorded in the ateliers, every
 * group released and plenary pistes in the mise en commun, the CA's answers
 * published in the suivi. Both move together, so an action that names no
 * row (« my position », « my group's reaction ») finds the other démarche's
 * participant in the same phase: a refusal is about who calls, not when.
 */

export const CALLER_KINDS = [
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
  // Accounts (decision 020).
  "administrator",
  "disabled-account",
  "account-link-holder",
  "used-account-link",
  "expired-account-link",
  "co-facilitator",
  "removed-co-facilitator",
] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];

/**
 * What a caller can present besides their session. Actions authorised by
 * what is typed (sign-in, a code, an invitation link) take it from here;
 * a caller without the right credential presents a plausible forged one.
 */
export type Credentials = {
  /** An invitation link and code they were handed, with the conditions' text they read. */
  invitation?: { token: string; code: string; engagementTextId: string };
  /** Their personal return code (participants). */
  returnCode?: string;
  /** Their own email and password (facilitators). */
  login?: { email: string; password: string };
  /** The token of the report link they were given (the /r/<token> address). */
  reportLinkToken?: string;
  /** Account links an administrateur.trice handed them (decision 020): to open an account, to set a new password. */
  accountInvitationToken?: string;
  passwordResetToken?: string;
};

export type MatrixCaller = { kind: CallerKind; viewer: Viewer; credentials: Credentials; who: string };

/** The phases a fixture can be walked to (a closed démarche refuses every write; its tests are elsewhere). */
export const FIXTURE_PHASES = ["preparation", "ateliers", "mise_en_commun", "transmission_ca", "suivi"] as const;
export type FixturePhase = (typeof FIXTURE_PHASES)[number] & Phase;

export type SecurityFixture = {
  phase: FixturePhase;
  demarcheId: string;
  /** The démarche's organisation (its settings form renames it). */
  organisationId: string;
  groupIds: { intervenants: string; destinataires: string; administrateurs: string; extra: string };
  meetingId: string;
  engagementText: { id: string; version: number };
  /** Participants of this démarche (all nine), the first of each group being a caller. */
  participantIds: string[];
  /** The same, by group, in the order they joined. */
  membersOf: Record<GroupKind, string[]>;
  /** From the ateliers on: one condition and one piste written by each group in its workshop. */
  workshop: { conditionIds: Record<GroupKind, string>; pisteIds: Record<GroupKind, string> } | null;
  /** From the mise en commun on: the pistes retained for the CA, in order. */
  plenaryPisteIds: string[];
  /** Ids of the other démarche's rows, for inputs that point across démarches (fuzzing). */
  otherIds: string[];
  /**
   * The other démarche's rows by name, for the matrix's « own credentials,
   * another démarche's ids » column: its groups (the first is its
   * participant's), a meeting, its participant, its engagement text, and from
   * the ateliers (mise en commun) on a condition and a piste (its plenary pistes).
   */
  other: {
    demarcheId: string;
    groupIds: string[];
    meetingId: string;
    participantId: string;
    engagementTextId: string;
    conditionId: string | null;
    pisteId: string | null;
    plenaryPisteIds: string[];
    reportLinkId: string;
  };
  ownerEmail: string;
  /** The co-accompagnateur.trice's account, and the removed one's (no longer on the team). */
  team: { coFacilitatorId: string; removedCoFacilitatorId: string };
  otherDemarcheId: string;
  reportLinkId: string;
  /**
   * The instance's accounts besides the two facilitators (decision 020): its
   * administrateur.trice (running no démarche), a colleague (whose password
   * the reset links set) and a disabled account.
   */
  accounts: { administratorId: string; colleagueId: string; disabledId: string; pendingInvitationId: string };
  callers: Record<CallerKind, MatrixCaller>;
};

/** Values a caller without the right credential presents instead: well formed, never valid. */
export const FORGED = {
  token: randomToken(),
  code: "HJKM-NPQR",
  password: "pas-le-bon-mot-de-passe",
};

const GROUP_KINDS = ["intervenants", "destinataires", "administrateurs"] as const;
type GroupKind = (typeof GROUP_KINDS)[number];

async function signedIn<T extends Viewer>(kind: "facilitator" | "participant", id: string): Promise<T> {
  return (await viewerFromSessionId(await createSessionRecord(kind, id))) as T;
}

async function joinWithCode(invitation: { token: string }, demarcheId: string, name: string) {
  const textId = await currentEngagementTextId(demarcheId);
  const joined = await joinDemarche({ token: invitation.token, displayName: name, acceptedEngagementTextId: textId });
  // Members of the fixture are admitted (decision 013).
  await admitAsFacilitator(demarcheId, joined.participantId);
  return { ...joined, viewer: await signedIn<ParticipantViewer>("participant", joined.participantId) };
}

export async function makeSecurityFixture(phase: FixturePhase = "preparation"): Promise<SecurityFixture> {
  const ownerRow = await makeFacilitator();
  const owner = await signedIn<FacilitatorViewer>("facilitator", ownerRow.id);
  const demarche = await makeDemarche(owner);
  const demarcheId = demarche.demarcheId;
  const engagementTextId = await currentEngagementTextId(demarcheId);
  const text = await db.engagementText.findUniqueOrThrow({ where: { id: engagementTextId } });

  const invitationOf = (kind: GroupKind) => demarche.invitations.find((i) => i.group.kind === kind)!;
  const groupIds = {
    intervenants: invitationOf("intervenants").group.id,
    destinataires: invitationOf("destinataires").group.id,
    administrateurs: invitationOf("administrateurs").group.id,
    extra: (await addGroup(owner, { demarcheId, label: "Coordonnateur.trice.s", minSize: 3 })).groupId,
  };

  const participantIds: string[] = [];
  const members = {} as Record<GroupKind, Awaited<ReturnType<typeof joinWithCode>>[]>;
  for (const kind of GROUP_KINDS) {
    members[kind] = [];
    for (let i = 1; i <= 3; i++) members[kind].push(await joinWithCode(invitationOf(kind), demarcheId, `${kind} ${i}`));
    participantIds.push(...members[kind].map((m) => m.participantId));
  }

  // The intervenants' first invitation is replaced (so revoked); the new one is valid.
  const revoked = invitationOf("intervenants");
  const fresh = await createGroupInvitation(
    owner,
    {
      demarcheId,
      groupId: groupIds.intervenants,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
    db,
  );
  const current: Record<string, { token: string; code: string }> = {
    ...Object.fromEntries(demarche.invitations.map((i) => [i.group.kind, i])),
    intervenants: fresh,
  };
  const groupCallers = {} as Record<GroupKind, MatrixCaller>;
  for (const kind of GROUP_KINDS) {
    const invitation = current[kind]!;
    groupCallers[kind] = {
      kind: `participant-${kind}`,
      viewer: members[kind][0]!.viewer,
      credentials: {
        invitation: { token: invitation.token, code: invitation.code, engagementTextId },
        returnCode: members[kind][0]!.returnCode,
      },
      who: `a participant of the ${kind} group`,
    };
  }
  // The extra group's invitation ran out yesterday.
  const expired = await createGroupInvitation(
    owner,
    {
      demarcheId,
      groupId: groupIds.extra,
      expiresAt: new Date(Date.now() - 86_400_000),
    },
    db,
  );

  // A colleague the owner added as co-accompagnateur.trice, and one they
  // added then removed (still signed in, with their session untouched).
  const coRow = await makeFacilitator();
  await addCoFacilitator(owner, { demarcheId, facilitatorId: coRow.id });
  const removedRow = await makeFacilitator();
  await addCoFacilitator(owner, { demarcheId, facilitatorId: removedRow.id });
  await removeCoFacilitator(owner, { demarcheId, facilitatorId: removedRow.id });

  const otherRow = await makeFacilitator();
  const other = await signedIn<FacilitatorViewer>("facilitator", otherRow.id);
  const otherDemarche = await makeDemarche(other, "Démarche d'un autre organisme");
  const otherInvitation = otherDemarche.invitations[0]!;
  const outsider = await joinWithCode(otherInvitation, otherDemarche.demarcheId, "Ailleurs");
  // Two more in the outsider's group: a group under its minimum gives no reaction (saveGroupReaction).
  for (const name of ["Ailleurs deux", "Ailleurs trois"]) {
    await joinWithCode(otherInvitation, otherDemarche.demarcheId, name);
  }

  const reportLinkOf = async (demarche: string, createdById: string) => {
    const token = randomToken();
    const link = await db.reportLink.create({
      data: {
        demarcheId: demarche,
        label: "Rapport au CA",
        tokenHash: sha256(token),
        tokenSealed: seal(token),
        expiresAt: new Date(Date.now() + 30 * 86_400_000),
        createdById,
      },
    });
    return { token, link };
  };
  const { token: reportToken, link: reportLink } = await reportLinkOf(demarcheId, ownerRow.id);
  const { link: otherReportLink } = await reportLinkOf(otherDemarche.demarcheId, otherRow.id);

  const walked = await walkDemarche(phase, {
    facilitator: owner,
    demarcheId,
    groupIds: Object.values(groupIds),
    workGroupIds: GROUP_KINDS.map((kind) => groupIds[kind]),
    people: GROUP_KINDS.flatMap((kind) => members[kind].map((m) => m.viewer)),
    board: members.administrateurs[0]!.viewer,
  } satisfies DemarcheToWalk);
  const otherGroups = await db.group.findMany({
    where: { demarcheId: otherDemarche.demarcheId },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  // The outsider's group first, so `other.groupIds[0]` is the group its participant belongs to.
  otherGroups.sort((a, b) => Number(b.id === otherInvitation.group.id) - Number(a.id === otherInvitation.group.id));
  const walkedOther = await walkDemarche(phase, {
    facilitator: other,
    demarcheId: otherDemarche.demarcheId,
    groupIds: otherGroups.map((g) => g.id),
    people: [outsider.viewer],
    board: null,
  });
  const kindOfGroup = new Map(Object.entries(groupIds).map(([kind, id]) => [id, kind]));
  const byKind = (ids: Record<string, string>) =>
    Object.fromEntries(Object.entries(ids).map(([groupId, id]) => [kindOfGroup.get(groupId), id])) as Record<
      GroupKind,
      string
    >;

  const accounts = await makeAccounts();

  const meeting = await db.meeting.findFirstOrThrow({ where: { demarcheId }, orderBy: { sortOrder: "asc" } });
  const anonymous = (kind: CallerKind, who: string, credentials: Credentials = {}): MatrixCaller => ({
    kind,
    viewer: ANONYMOUS,
    credentials,
    who,
  });

  return {
    phase,
    demarcheId,
    organisationId: (await db.demarche.findUniqueOrThrow({ where: { id: demarcheId } })).organisationId,
    groupIds,
    meetingId: meeting.id,
    engagementText: { id: engagementTextId, version: text.version },
    participantIds,
    membersOf: Object.fromEntries(GROUP_KINDS.map((k) => [k, members[k].map((m) => m.participantId)])) as Record<
      GroupKind,
      string[]
    >,
    workshop: walked.workshop && {
      conditionIds: byKind(walked.workshop.conditionIds),
      pisteIds: byKind(walked.workshop.pisteIds),
    },
    plenaryPisteIds: walked.plenaryPisteIds,
    otherIds: [
      otherDemarche.demarcheId,
      ...otherGroups.map((g) => g.id),
      outsider.participantId,
      ...Object.values(walkedOther.workshop?.conditionIds ?? {}),
      ...Object.values(walkedOther.workshop?.pisteIds ?? {}),
      ...walkedOther.plenaryPisteIds,
    ],
    other: {
      demarcheId: otherDemarche.demarcheId,
      groupIds: otherGroups.map((g) => g.id),
      meetingId: (
        await db.meeting.findFirstOrThrow({
          where: { demarcheId: otherDemarche.demarcheId },
          orderBy: { sortOrder: "asc" },
        })
      ).id,
      participantId: outsider.participantId,
      engagementTextId: await currentEngagementTextId(otherDemarche.demarcheId),
      conditionId: Object.values(walkedOther.workshop?.conditionIds ?? {})[0] ?? null,
      pisteId: Object.values(walkedOther.workshop?.pisteIds ?? {})[0] ?? null,
      plenaryPisteIds: walkedOther.plenaryPisteIds,
      reportLinkId: otherReportLink.id,
    },
    ownerEmail: ownerRow.email,
    team: { coFacilitatorId: coRow.id, removedCoFacilitatorId: removedRow.id },
    otherDemarcheId: otherDemarche.demarcheId,
    reportLinkId: reportLink.id,
    accounts: accounts.ids,
    callers: {
      anonymous: anonymous("anonymous", "nobody signed in, holding nothing"),
      facilitator: {
        kind: "facilitator",
        viewer: owner,
        credentials: { login: { email: ownerRow.email, password: PASSWORD } },
        who: "the facilitator of this démarche",
      },
      "other-facilitator": {
        kind: "other-facilitator",
        viewer: other,
        credentials: { login: { email: otherRow.email, password: PASSWORD } },
        who: "the facilitator of another démarche",
      },
      "participant-intervenants": groupCallers.intervenants,
      "participant-destinataires": groupCallers.destinataires,
      "participant-administrateurs": groupCallers.administrateurs,
      "participant-other-demarche": {
        kind: "participant-other-demarche",
        viewer: outsider.viewer,
        credentials: {
          invitation: {
            token: otherInvitation.token,
            code: otherInvitation.code,
            engagementTextId: await currentEngagementTextId(otherDemarche.demarcheId),
          },
          returnCode: outsider.returnCode,
        },
        who: "a participant of another démarche",
      },
      // What a report link's holder can really send: no session (getViewer()
      // never returns a report-link viewer), only the token in the /r/<token>
      // address (decision 010).
      "report-link": anonymous("report-link", "not signed in, holding this démarche's report link (/r/<token>)", {
        reportLinkToken: reportToken,
      }),
      "invitation-holder": anonymous("invitation-holder", "not signed in, holding a valid invitation", {
        invitation: { token: fresh.token, code: fresh.code, engagementTextId },
      }),
      "revoked-invitation": anonymous("revoked-invitation", "not signed in, holding a revoked invitation", {
        invitation: { token: revoked.token, code: revoked.code, engagementTextId },
      }),
      "expired-invitation": anonymous("expired-invitation", "not signed in, holding an expired invitation", {
        invitation: { token: expired.token, code: expired.code, engagementTextId },
      }),
      administrator: {
        kind: "administrator",
        viewer: accounts.administrator,
        credentials: { login: { email: accounts.administratorEmail, password: PASSWORD } },
        who: "the instance's administrateur.trice, who runs no démarche",
      },
      // Signed in before being disabled: the session ended at once, so the
      // server sees nobody (what getViewer() returns for that cookie now).
      "disabled-account": {
        kind: "disabled-account",
        viewer: accounts.disabledViewer,
        credentials: { login: { email: accounts.disabledEmail, password: PASSWORD } },
        who: "a disabled account, with its old session and its password",
      },
      "account-link-holder": anonymous(
        "account-link-holder",
        "not signed in, holding a valid account invitation and a valid password-reset link",
        accounts.valid,
      ),
      "used-account-link": anonymous(
        "used-account-link",
        "not signed in, holding an account invitation and a reset link already used",
        accounts.used,
      ),
      "expired-account-link": anonymous(
        "expired-account-link",
        "not signed in, holding an account invitation and a reset link that have expired",
        accounts.expired,
      ),
      "co-facilitator": {
        kind: "co-facilitator",
        viewer: await signedIn<FacilitatorViewer>("facilitator", coRow.id),
        credentials: { login: { email: coRow.email, password: PASSWORD } },
        who: "a co-accompagnateur.trice of this démarche",
      },
      "removed-co-facilitator": {
        kind: "removed-co-facilitator",
        viewer: await signedIn<FacilitatorViewer>("facilitator", removedRow.id),
        credentials: { login: { email: removedRow.email, password: PASSWORD } },
        who: "a co-accompagnateur.trice removed from this démarche (still signed in)",
      },
    },
  };
}

/**
 * The accounts side of the fixture (decision 020), made through the real
 * server functions: an administrateur.trice, a colleague, a disabled account
 * (signed in first), and account links valid, used and expired.
 */
async function makeAccounts() {
  const adminRow = await makeFacilitator({ role: "administrateur", name: "Administratrice" });
  const administrator = await signedIn<FacilitatorViewer>("facilitator", adminRow.id);
  const colleague = await makeFacilitator({ name: "Collègue" });
  const disabledRow = await makeFacilitator({ name: "Compte désactivé" });
  const disabledSid = await createSessionRecord("facilitator", disabledRow.id);
  await setAccountDisabled(administrator, { facilitatorId: disabledRow.id, disabled: true });
  const tokenOf = (issued: { link: string }) => decodeURIComponent(issued.link.split("/").at(-1)!);
  const links = async (when: Date) => ({
    accountInvitationToken: tokenOf(await inviteColleague(administrator, { label: "Nouvelle collègue" }, when)),
    passwordResetToken: tokenOf(await issuePasswordReset(administrator, { facilitatorId: colleague.id }, when)),
  });
  const expired = await links(new Date(Date.now() - 8 * 86_400_000));
  const used = await links(new Date());
  await acceptAccountInvitation({
    token: used.accountInvitationToken,
    name: "Déjà inscrite",
    email: freshEmail(),
    password: PASSWORD,
    ip: "192.0.2.250",
  });
  await resetPasswordWithLink({ token: used.passwordResetToken, password: PASSWORD, ip: "192.0.2.250" });
  // Issued last: a newer reset link cancels the colleague's earlier ones.
  const valid = await links(new Date());
  const pending = await inviteColleague(administrator, { label: "Invitation à annuler" });
  return {
    administrator,
    administratorEmail: adminRow.email,
    disabledViewer: await viewerFromSessionId(disabledSid),
    disabledEmail: disabledRow.email,
    valid,
    used,
    expired,
    ids: {
      administratorId: adminRow.id,
      colleagueId: colleague.id,
      disabledId: disabledRow.id,
      pendingInvitationId: pending.linkId,
    },
  };
}

/** A unique email, for inputs that create an account. */
export const freshEmail = () => `nouveau-${randomUUID()}@example.org`;
