import frAccounts from "../../messages/fr/accounts.json";
import frAuth from "../../messages/fr/auth.json";
import frChart from "../../messages/fr/chart.json";
import frCommon from "../../messages/fr/common.json";
import frDefaults from "../../messages/fr/defaults.json";
import frDemarches from "../../messages/fr/demarches.json";
import frErrorPage from "../../messages/fr/error-page.json";
import frExploration from "../../messages/fr/exploration.json";
import frIncidents from "../../messages/fr/incidents.json";
import frInter from "../../messages/fr/inter.json";
import frJoin from "../../messages/fr/join.json";
import frPlainReadings from "../../messages/fr/plain-readings.json";
import frPrivacy from "../../messages/fr/privacy.json";
import frReport from "../../messages/fr/report.json";
import frSpaces from "../../messages/fr/spaces.json";
import frWorkshop from "../../messages/fr/workshop.json";
import enAccounts from "../../messages/en/accounts.json";
import enAuth from "../../messages/en/auth.json";
import enChart from "../../messages/en/chart.json";
import enCommon from "../../messages/en/common.json";
import enDefaults from "../../messages/en/defaults.json";
import enDemarches from "../../messages/en/demarches.json";
import enErrorPage from "../../messages/en/error-page.json";
import enExploration from "../../messages/en/exploration.json";
import enIncidents from "../../messages/en/incidents.json";
import enInter from "../../messages/en/inter.json";
import enJoin from "../../messages/en/join.json";
import enPlainReadings from "../../messages/en/plain-readings.json";
import enPrivacy from "../../messages/en/privacy.json";
import enReport from "../../messages/en/report.json";
import enSpaces from "../../messages/en/spaces.json";
import enWorkshop from "../../messages/en/workshop.json";

/**
 * Interface text, one JSON file per area under messages/<locale>/, merged
 * here. Québec French is the source and the default; English follows it
 * (docs/glossary.md, decision 024). A locale is added by copying the folder,
 * translating, and listing it below; tests/unit/i18n/translations.test.ts
 * checks that every language has the same keys and arguments.
 */
export { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";
import type { Locale } from "./locales";
export { TIME_ZONE } from "@/lib/local-time";

const fr = {
  ...frCommon,
  ...frErrorPage,
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

// Typed as the French tree: a key missing in English fails the typecheck too.
const en: Messages = {
  ...enCommon,
  ...enErrorPage,
  ...enAuth,
  ...enAccounts,
  ...enJoin,
  ...enSpaces,
  ...enDefaults,
  ...enDemarches,
  ...enPrivacy,
  ...enIncidents,
  ...enChart,
  ...enWorkshop,
  ...enReport,
  ...enPlainReadings,
  ...enExploration,
  ...enInter,
};

export const MESSAGES: Record<Locale, Messages> = { fr, en };
