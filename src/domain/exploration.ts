/**
 * The « contexte exploratoire ponctuel » (decision 022): someone tries the
 * exercise alone or with a few colleagues, without an accompagnateur.trice,
 * account or email. Pure rules: how long what is kept on the server lives,
 * how many colleagues share a code, and when the colleagues' shared view may
 * show figures, which is the ateliers' rule (group-disclosure.ts), reused.
 */
import {
  type DisclosureInput,
  disclosureThreshold,
  MIN_GROUP_SIZE_FLOOR,
  mayShowGroupFigures,
  synthesisMinimum,
} from "./group-disclosure";
import type { Position } from "./mandates";
import { computeSynthesis, type GroupSynthesis } from "./synthesis";

export type ExplorationKind = "solo" | "shared";

/** Days a personal return code or a shared code keeps its answers on the server, counted from its creation. */
export const EXPLORATION_KEEP_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When an exploration created at `createdAt` is deleted. Fixed at creation: saving again does not extend it. */
export function explorationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + EXPLORATION_KEEP_DAYS * DAY_MS);
}

/** An expired exploration is as good as deleted: nobody can open it, even before the purge removes it. */
export function isExplorationOpen(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() > now.getTime();
}

/**
 * « Quelques collègues »: a shared code opens to at most this many devices.
 * It bounds what one code can hold, and beyond it the group is an atelier's
 * size, where an accompagnateur.trice is the better frame.
 */
export const SHARED_MEMBERS_MAX = 12;

/**
 * The disclosure input of a shared exploration's view. Every reader is a
 * member (the "group" audience: the coalition rule needs 4 confirmed
 * answers), the stored minimum is the source's 3, and the figures wait until
 * a member ends the answering (frozen), so a count that moves cannot give
 * away the last person's answer. Nobody admits members here: decision 022
 * says what replaces the facilitator's admission (the count shown to all).
 */
export function sharedDisclosure(confirmed: number, state: SharedState): DisclosureInput {
  return {
    audience: "group",
    admittedConfirmed: confirmed,
    storedMinSize: MIN_GROUP_SIZE_FLOOR,
    frozen: state.closed && !state.figuresWithdrawn,
  };
}

/**
 * `closed`: a colleague ended the answering (the answers are frozen).
 * `figuresWithdrawn`: someone erased their answers after that; the frozen
 * figures would then move, and the difference would give the erased answers
 * away, so none is shown any more.
 */
export type SharedState = { closed: boolean; figuresWithdrawn: boolean };

/** Fewest confirmed answers before the colleagues see any figure of their shared exploration. */
export const SHARED_FIGURES_MIN = disclosureThreshold("group", MIN_GROUP_SIZE_FLOOR);

export type SharedFigures = Pick<GroupSynthesis, "n" | "current" | "desired" | "dispersion" | "gap" | "orientation">;

/**
 * What the colleagues' shared view may show: the mean positions, how spread
 * the answers were, and the gap, computed by the synthesis engine; null while
 * the rule forbids any figure. Never the individual answers or texts.
 */
export function sharedFigures(
  responses: readonly { current: Position; desired: Position }[],
  state: SharedState,
): SharedFigures | null {
  const disclosure = sharedDisclosure(responses.length, state);
  if (!mayShowGroupFigures(disclosure)) return null;
  const synthesis = computeSynthesis(
    [
      {
        id: "exploration",
        kind: "autre",
        label: "exploration",
        responses: responses.map((r, i) => ({ participantId: String(i), current: r.current, desired: r.desired })),
      },
    ],
    { minGroupSize: synthesisMinimum(disclosure) },
  );
  const group = synthesis.groups[0]!;
  if (!group.reportable) return null;
  const { n, current, desired, dispersion, gap, orientation } = group;
  return { n, current, desired, dispersion, gap, orientation };
}
