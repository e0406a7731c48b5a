import { useTranslations } from "next-intl";
import type { Translate } from "./resolve-text";

/** The root translator for outline texts (full keys such as "report.glance.title"). */
export function useTranslate(): Translate {
  return useTranslations() as unknown as Translate;
}
