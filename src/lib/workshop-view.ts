/**
 * What a group's view carries from the server to the pages and components
 * (which may not import the server layer): figures from the synthesis engine,
 * anonymous texts, and the group's collective work.
 */
import type { PerMille } from "@/domain/position";
import type { GroupSynthesis, Position } from "@/domain/synthesis";
import type { ConditionKind, DecisionMode, PisteOrientation } from "@/domain/vocabulary";

export type AnonymousTexts = {
  currentWhy: string[];
  currentExamples: string[];
  desiredWhy: string[];
  desiredExamples: string[];
  conditionsHinder: string[];
  conditionsSupport: string[];
};

export type GroupAgreementView = {
  current: PerMille;
  desired: PerMille;
  decisionMode: DecisionMode;
  justification: string;
  examples: string;
  participantCount: number | null;
  updatedAt: Date;
};

export type GroupConditionView = { id: string; kind: ConditionKind; theme: string; text: string };
export type GroupPisteView = { id: string; orientation: PisteOrientation; title: string; description: string };

export type GroupFigures = {
  /** Confirmed responses with both positions: what the synthesis counts. */
  submitted: number;
  /** Fewest confirmed answers before this reader sees any figure (decision 013). */
  minSize: number;
  /** Enough answers, but a participant sees them only once the workshop is closed. */
  hiddenUntilClosed: boolean;
  /** The synthesis of this group alone (centroid, dispersion, gap, reportable). */
  synthesis: GroupSynthesis;
  /** Confirmed individual positions, anonymous, in an order unrelated to who answered when; empty unless reportable. */
  cloud: { current: Position; desired: Position }[];
  texts: AnonymousTexts;
  agreement: GroupAgreementView | null;
  conditions: GroupConditionView[];
  pistes: GroupPisteView[];
  /** Whether the collective work may be shown outside the facilitator (see isGroupWorkShowable). */
  workShowable: boolean;
};
