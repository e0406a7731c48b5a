import "server-only";
import { getTranslations } from "next-intl/server";
import type { CalendarWarning } from "@/domain/calendar";
import type { PhaseBlocker, PhaseWarning, StepBackBlocker } from "@/domain/phases";

/**
 * Domain rules answer with codes and data; these turn them into French
 * sentences for the pages (the codes stay in the audit trail).
 */

export async function explainPhaseBlockers(blockers: PhaseBlocker[]): Promise<string[]> {
  const t = await getTranslations("phaseRules.blockers");
  return blockers.map((b) => {
    switch (b.code) {
      case "groupTooSmall":
        return t("groupTooSmall", { missing: b.missing, group: b.groupLabel, count: b.count, min: b.minSize });
      case "tooFewGroups":
        return t("tooFewGroups", { count: b.count, min: b.min });
      case "groupNotReleased":
        return t("groupNotReleased", { group: b.groupLabel });
      case "pistesWithoutAnswer":
        return t("pistesWithoutAnswer", { count: b.count });
      case "noPrivacyOfficer":
      case "noPlenaryPiste":
      case "caReportNotPublished":
      case "alreadyClosed":
        return t(b.code);
    }
  });
}

export async function explainPhaseWarnings(warnings: PhaseWarning[]): Promise<string[]> {
  const t = await getTranslations("phaseRules.warnings");
  return warnings.map((w) => {
    switch (w.code) {
      case "pistesUnderStudy":
      case "groupsWithoutReaction":
        return t(w.code, { count: w.count });
      case "closingIsFinal":
        return t(w.code);
    }
  });
}

export async function explainStepBackBlockers(blockers: StepBackBlocker[]): Promise<string[]> {
  const t = await getTranslations("phaseRules.stepBack");
  return blockers.map((b) => {
    switch (b.code) {
      case "positionsExist":
        return t("positionsExist", { count: b.count });
      case "workshopClosed":
        return t("workshopClosed", { group: b.groupLabel });
      case "noStepBack":
        return t("noStepBack");
    }
  });
}

export async function explainCalendarWarning(warning: CalendarWarning): Promise<string> {
  const t = await getTranslations("calendarWarnings");
  switch (warning.code) {
    case "fewMeetings":
      return t("fewMeetings", { count: warning.count, min: warning.min });
    case "spanTooShort":
      return t("spanTooShort", { days: warning.days, months: warning.minMonths });
    case "spanTooLong":
      return t("spanTooLong", { days: warning.days, months: warning.maxMonths });
    case "noMiseEnCommun":
      return t("noMiseEnCommun");
    case "groupWithoutWorkshop":
      return t("groupWithoutWorkshop", { group: warning.groupLabel });
    case "workshopAfterMiseEnCommun":
    case "undatedMeeting":
    case "meetingOutsidePeriod":
    case "outOfOrder":
      return t(warning.code, { title: warning.title });
  }
}

export async function explainCalendarWarnings(warnings: CalendarWarning[]): Promise<string[]> {
  return Promise.all(warnings.map(explainCalendarWarning));
}
