/**
 * When each step of the mise en commun, the CA report and the follow-up may
 * happen, by phase of the démarche. Pure rules: server functions load the
 * démarche's phase (and whether the CA's report is published) and ask here.
 *
 * A closed démarche (« cloturee ») is read-only: every write is refused, and
 * only reading (report, link, follow-up, exports) goes on.
 */
import type { Phase } from "./vocabulary";

/** Why a step is refused; each is a message key under "errors.report". */
export type ReportRefusal = "closed" | "tooEarly" | "tooLate" | "published" | "notPublished";

/** Phases in which the facilitator sees the plenary table (groups release during the ateliers). */
const PLENARY_VIEW_PHASES: readonly Phase[] = ["ateliers", "mise_en_commun", "transmission_ca", "suivi", "cloturee"];

/** The board (administrateur.trice.s group, report link) reads the report once it was transmitted. */
const BOARD_READ_PHASES: readonly Phase[] = ["transmission_ca", "suivi", "cloturee"];

/**
 * Plenary pistes are recorded during or after the mise en commun, and frozen
 * once the CA has published its answers (the answers refer to them).
 */
export function pisteEditRefusal(phase: Phase, caReportPublished: boolean): ReportRefusal | null {
  if (phase === "cloturee") return "closed";
  if (phase === "preparation" || phase === "ateliers") return "tooEarly";
  if (phase === "suivi") return "tooLate";
  if (caReportPublished) return "published";
  return null;
}

/** The CA answers while it has the report and during the follow-up (an « à l'étude » may become « retenue »). */
export function caAnswerRefusal(phase: Phase): ReportRefusal | null {
  if (phase === "cloturee") return "closed";
  if (phase === "transmission_ca" || phase === "suivi") return null;
  return "tooEarly";
}

/** Publishing the CA's report (to every participant) follows the same phases as answering. */
export function caPublishRefusal(phase: Phase): ReportRefusal | null {
  return caAnswerRefusal(phase);
}

/** Groups react to the CA's published report during the follow-up. */
export function reactionRefusal(phase: Phase, caReportPublished: boolean): ReportRefusal | null {
  if (phase === "cloturee") return "closed";
  if (!caReportPublished) return "notPublished";
  if (phase !== "suivi") return "tooEarly";
  return null;
}

/** New report links once the report exists for the board; never on a closed démarche. Revoking is always allowed. */
export function reportLinkCreateRefusal(phase: Phase): ReportRefusal | null {
  if (phase === "cloturee") return "closed";
  if (phase === "mise_en_commun" || BOARD_READ_PHASES.includes(phase)) return null;
  return "tooEarly";
}

export function boardMayRead(phase: Phase): boolean {
  return BOARD_READ_PHASES.includes(phase);
}

export function facilitatorMaySeePlenary(phase: Phase): boolean {
  return PLENARY_VIEW_PHASES.includes(phase);
}

/** Default lifetime of a report link, in days; the facilitator may choose 1 to 365. */
export const REPORT_LINK_DEFAULT_DAYS = 60;
export const REPORT_LINK_MAX_DAYS = 365;
