import { z } from "zod";
import { LOCALES } from "@/i18n/locales";

/** The language switch: one of the interface's languages, nothing else. */
export const localeSchema = z.object({ locale: z.enum(LOCALES) });
export type LocaleInput = z.input<typeof localeSchema>;
