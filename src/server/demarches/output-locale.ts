import "server-only";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import type { Tx } from "@/server/db";

/**
 * The language a démarche produces its documents for others in (the CA
 * report, the paper worksheet, the invitation sheet, the calendar), set by
 * its facilitators (decision 024). Callers authorise first: this only reads
 * a setting of a démarche they were allowed to see.
 */
export async function demarcheOutputLocale(demarcheId: string, client: Tx): Promise<Locale> {
  const row = await client.demarche.findUnique({ where: { id: demarcheId }, select: { outputLocale: true } });
  return row && isLocale(row.outputLocale) ? row.outputLocale : DEFAULT_LOCALE;
}
