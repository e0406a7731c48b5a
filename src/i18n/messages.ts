import frAccounts from "../../messages/fr/accounts.json";
import frAuth from "../../messages/fr/auth.json";
import frChart from "../../messages/fr/chart.json";
import frCommon from "../../messages/fr/common.json";
import frDefaults from "../../messages/fr/defaults.json";
import frDemarches from "../../messages/fr/demarches.json";
import frExploration from "../../messages/fr/exploration.json";
import frIncidents from "../../messages/fr/incidents.json";
import frInter from "../../messages/fr/inter.json";
import frJoin from "../../messages/fr/join.json";
import frPlainReadings from "../../messages/fr/plain-readings.json";
import frPrivacy from "../../messages/fr/privacy.json";
import frReport from "../../messages/fr/report.json";
import frSpaces from "../../messages/fr/spaces.json";
import frWorkshop from "../../messages/fr/workshop.json";

/**
 * Interface text, one JSON file per area under messages/<locale>/, merged
 * here. French (Québec) is the reference; a locale is added by copying the
 * folder, translating, and listing it below.
 */
export const LOCALES = ["fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
export { TIME_ZONE } from "@/lib/local-time";

const fr = {
  ...frCommon,
  ...frAuth,
  ...frAccounts,
  ...frJoin,
  ...frSpaces,
  ...frDefaults,
  ...frDemarches,
  ...frPrivacy,
  ...frIncidents,
  ...frChart,
  ...frWorkshop,
  ...frReport,
  ...frPlainReadings,
  ...frExploration,
  ...frInter,
};

export type Messages = typeof fr;

export const MESSAGES: Record<Locale, Messages> = { fr };
