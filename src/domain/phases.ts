import { DEFAULT_MIN_GROUP_SIZE, PHASES, type GroupKindValue, type Phase } from "./vocabulary";

/**
 * The phases of a démarche and the rules for moving between them
 * (docs/decisions/005-phase-transitions.md). Pure: the server layer loads a
 * snapshot, asks here, and records the answer in the audit trail.
 */

/** The source asks for at least three homogeneous groups. */
export const MIN_GROUPS = 3;

/** The longest reason kept for an override (in the audit detail). */
export const OVERRIDE_REASON_MAX = 1000;

export type PhaseGroupSnapshot = {
  id: string;
  label: string;
  kind: GroupKindValue;
  minSize: number;
  /** People still taking part who gave their consent (to any version of the conditions). */
  consentingCount: number;
  workshopClosedAt: Date | null;
  releasedAt: Date | null;
};

export type PhaseSnapshot = {
  phase: Phase;
  /** In display order. */
  groups: PhaseGroupSnapshot[];
  /** Positions stored (draft or submitted): work that depends on the ateliers phase. */
  positionCount: number;
  /** Pistes retained at the mise en commun for the CA (not a group's own proposals). */
  plenaryPisteCount: number;
  /** Plenary pistes the CA has answered. */
  answeredPisteCount: number;
  /** Plenary pistes the CA answered « à l'étude » (still to be decided). */
  underStudyPisteCount: number;
  caReportPublishedAt: Date | null;
  /** Groups that reacted to the CA's report. */
  groupReactionCount: number;
  /**
   * The person in charge of personal information (Law 25 §3.1) is named,
   * with a way to reach them: participants read both before they consent.
   */
  privacyOfficerNamed: boolean;
};

/** Why the next phase cannot start. `overridable` blockers can be passed with a recorded reason. */
export type PhaseBlocker =
  | {
      code: "groupTooSmall";
      overridable: true;
      groupId: string;
      groupLabel: string;
      count: number;
      minSize: number;
      missing: number;
    }
  | { code: "tooFewGroups"; overridable: true; count: number; min: number }
  | { code: "noPrivacyOfficer"; overridable: false }
  | { code: "groupNotReleased"; overridable: false; groupId: string; groupLabel: string }
  | { code: "noPlenaryPiste"; overridable: false }
  | { code: "pistesWithoutAnswer"; overridable: false; count: number }
  | { code: "caReportNotPublished"; overridable: false }
  | { code: "alreadyClosed"; overridable: false };

/** Worth knowing before moving on, but not in the way. */
export type PhaseWarning =
  | { code: "pistesUnderStudy"; count: number }
  | { code: "groupsWithoutReaction"; count: number }
  | { code: "closingIsFinal" };

export type AdvanceCheck = {
  from: Phase;
  to: Phase | null;
  /** True when nothing blocks. */
  allowed: boolean;
  blockers: PhaseBlocker[];
  /** True when something blocks and every blocker may be overridden with a reason. */
  overridable: boolean;
  warnings: PhaseWarning[];
};

export type StepBackBlocker =
  | { code: "noStepBack"; phase: Phase }
  | { code: "positionsExist"; count: number }
  | { code: "workshopClosed"; groupId: string; groupLabel: string };

export type StepBackCheck = { from: Phase; to: Phase | null; allowed: boolean; blockers: StepBackBlocker[] };

export function phaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}

export function nextPhase(phase: Phase): Phase | null {
  return PHASES[phaseIndex(phase) + 1] ?? null;
}

export function previousPhase(phase: Phase): Phase | null {
  const i = phaseIndex(phase);
  return i > 0 ? (PHASES[i - 1] ?? null) : null;
}

/** Whether the démarche may move to the phase after its current one, and if not, why. */
export function checkAdvance(snapshot: PhaseSnapshot): AdvanceCheck {
  const from = snapshot.phase;
  const to = nextPhase(from);
  const blockers: PhaseBlocker[] = [];
  const warnings: PhaseWarning[] = [];

  switch (from) {
    case "preparation": {
      // Law 25 §3.1: participants must know whom to ask about their
      // information before they answer anything. Never overridden.
      if (!snapshot.privacyOfficerNamed) blockers.push({ code: "noPrivacyOfficer", overridable: false });
      // Ateliers need every group big enough to show results without exposing anyone.
      if (snapshot.groups.length < MIN_GROUPS) {
        blockers.push({ code: "tooFewGroups", overridable: true, count: snapshot.groups.length, min: MIN_GROUPS });
      }
      for (const group of snapshot.groups) {
        const minSize = Math.max(group.minSize, DEFAULT_MIN_GROUP_SIZE);
        if (group.consentingCount < minSize) {
          blockers.push({
            code: "groupTooSmall",
            overridable: true,
            groupId: group.id,
            groupLabel: group.label,
            count: group.consentingCount,
            minSize,
            missing: minSize - group.consentingCount,
          });
        }
      }
      break;
    }
    case "ateliers": {
      // A group's results reach the plenary only once the group released them:
      // this one is never overridden.
      for (const group of snapshot.groups) {
        if (!group.releasedAt) {
          blockers.push({ code: "groupNotReleased", overridable: false, groupId: group.id, groupLabel: group.label });
        }
      }
      break;
    }
    case "mise_en_commun": {
      // The report to the CA is about pistes: without one there is nothing to
      // transmit, and the CA could not publish an answer (report-rules.ts).
      if (snapshot.plenaryPisteCount === 0) blockers.push({ code: "noPlenaryPiste", overridable: false });
      break;
    }
    case "transmission_ca": {
      // The follow-up is the groups reacting to the CA's published answers;
      // reactions are refused until publication (reactionRefusal), and
      // publication needs every piste answered (publish-ca-report.ts).
      const unanswered = snapshot.plenaryPisteCount - snapshot.answeredPisteCount;
      if (unanswered > 0) blockers.push({ code: "pistesWithoutAnswer", overridable: false, count: unanswered });
      if (!snapshot.caReportPublishedAt) blockers.push({ code: "caReportNotPublished", overridable: false });
      break;
    }
    case "suivi": {
      // The follow-up is done once the CA's report is out (always true for a
      // démarche that entered the suivi under these rules). Groups that stay
      // silent, or pistes still under study, must not hold the démarche open:
      // the facilitator is told, and decides.
      if (!snapshot.caReportPublishedAt) blockers.push({ code: "caReportNotPublished", overridable: false });
      if (snapshot.underStudyPisteCount > 0)
        warnings.push({ code: "pistesUnderStudy", count: snapshot.underStudyPisteCount });
      const silent = snapshot.groups.length - snapshot.groupReactionCount;
      if (silent > 0) warnings.push({ code: "groupsWithoutReaction", count: silent });
      warnings.push({ code: "closingIsFinal" });
      break;
    }
    case "cloturee": {
      blockers.push({ code: "alreadyClosed", overridable: false });
      break;
    }
  }

  return {
    from,
    to,
    allowed: blockers.length === 0,
    blockers,
    overridable: blockers.length > 0 && blockers.every((b) => b.overridable),
    warnings,
  };
}

/**
 * Going back one phase is possible only from the ateliers to the préparation,
 * and only while no work depends on the ateliers having started (no position
 * stored, no workshop closed). Later phases have shown results to other
 * groups or to the CA, which cannot be taken back.
 */
export function checkStepBack(snapshot: PhaseSnapshot): StepBackCheck {
  const from = snapshot.phase;
  if (from !== "ateliers") {
    return { from, to: null, allowed: false, blockers: [{ code: "noStepBack", phase: from }] };
  }
  const blockers: StepBackBlocker[] = [];
  if (snapshot.positionCount > 0) blockers.push({ code: "positionsExist", count: snapshot.positionCount });
  for (const group of snapshot.groups) {
    if (group.workshopClosedAt || group.releasedAt) {
      blockers.push({ code: "workshopClosed", groupId: group.id, groupLabel: group.label });
    }
  }
  return { from, to: "preparation", allowed: blockers.length === 0, blockers };
}

/** Facilitator changes (groups, invitations, calendar…) are refused once the démarche is closed. */
export function isReadOnlyPhase(phase: Phase): boolean {
  return phase === "cloturee";
}

/** Groups can be added or removed only before the mise en commun. */
export function canChangeGroups(phase: Phase): boolean {
  return phase === "preparation" || phase === "ateliers";
}
