import type { GroupKind } from "./synthesis";

/**
 * The closed lists of the domain, as stored in the database (plain strings,
 * see prisma/schema.prisma) and validated at every boundary. Labels shown to
 * people live in the message files, keyed by these values.
 */

export const PHASES = ["preparation", "ateliers", "mise_en_commun", "transmission_ca", "suivi", "cloturee"] as const;
export type Phase = (typeof PHASES)[number];

export const GROUP_KINDS = [
  "intervenants",
  "destinataires",
  "administrateurs",
  "autre",
] as const satisfies readonly GroupKind[];
export type GroupKindValue = GroupKind;

export const MEETING_KINDS = ["lancement", "atelier", "mise_en_commun", "retour_ca", "autre"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const DECISION_MODES = ["consensus", "majorite", "unanimite"] as const;
export type DecisionMode = (typeof DECISION_MODES)[number];

/** Conditions that hinder or support the desired direction; also the order they are listed in. */
export const CONDITION_KINDS = ["entrave", "favorise"] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export const PISTE_ORIENTATIONS = ["consolider", "changer-de-cap"] as const;
export type PisteOrientation = (typeof PISTE_ORIENTATIONS)[number];

export const CA_DECISIONS = ["retenue", "a-l-etude", "non-retenue"] as const;
export type CaDecision = (typeof CA_DECISIONS)[number];

export const POSITION_STATUSES = ["draft", "submitted"] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

export const CONSENT_PURPOSES = ["participation"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const WITHDRAWAL_POLICIES = ["remove", "keep-anonymous"] as const;
export type WithdrawalPolicy = (typeof WITHDRAWAL_POLICIES)[number];

/** The minimum size of a homogeneous group, from the source. */
export const DEFAULT_MIN_GROUP_SIZE = 3;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * Who wrote or published something, by role only (issue 15 §3): a délégué.e
 * du CA (a participant of the administrateur.trice.s group), the
 * facilitator on the board's or a group's behalf, or a group's member.
 */
export const AUTHOR_ROLES = ["ca-delegate", "facilitator", "member", "unknown"] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

/**
 * The role behind a stored "participant:<id>" / "facilitator:<id>" reference;
 * `participantRole` says what a participant is in that context.
 */
export function authorRole(reference: string | null, participantRole: "ca-delegate" | "member"): AuthorRole {
  if (reference?.startsWith("facilitator:")) return "facilitator";
  if (reference?.startsWith("participant:")) return participantRole;
  return "unknown";
}
