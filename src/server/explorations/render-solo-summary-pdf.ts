import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { SummaryDocument } from "@/components/exploration/SummaryDocument";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { assertNotLimited, recordFailure } from "@/server/rate-limit";

/**
 * The summary of an exploration alone as a PDF (decision 022), rendered from
 * the answers the person's browser sends and stored nowhere: no exploration
 * row, no audit. Anyone may call it (no account), so each address may render
 * 30 every 15 minutes (a budget counted on every render). `locale`: the
 * person's interface language, the request's (decision 024); the file name
 * stays the same in both.
 */
export async function renderSoloSummaryPdf(
  input: { answers: PositionAnswers; savedAt: string; ip: string; locale?: Locale },
  now: Date = new Date(),
): Promise<{ pdf: string; fileName: string }> {
  const budget: [["explorationPdfPerIp15min", string]] = [["explorationPdfPerIp15min", input.ip]];
  await assertNotLimited(budget);
  await recordFailure(budget);
  const element = createElement(SummaryDocument, {
    answers: input.answers,
    savedAt: input.savedAt,
    locale: input.locale ?? DEFAULT_LOCALE,
  }) as unknown as Parameters<typeof renderToBuffer>[0];
  const pdf = await renderToBuffer(element);
  return { pdf: Buffer.from(pdf).toString("base64"), fileName: `exploration-${now.toISOString().slice(0, 10)}.pdf` };
}
