import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { SummaryDocument } from "@/components/exploration/SummaryDocument";
import { TIME_ZONE } from "@/lib/local-time";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { assertNotLimited, recordFailure } from "@/server/rate-limit";

/**
 * The summary of an exploration alone as a PDF (decision 022), rendered from
 * the answers the person's browser sends and stored nowhere: no exploration
 * row, no audit. Anyone may call it (no account), so each address may render
 * 30 every 15 minutes (a budget counted on every render).
 */
export async function renderSoloSummaryPdf(
  input: { answers: PositionAnswers; savedAt: string; ip: string },
  now: Date = new Date(),
): Promise<{ pdf: string; fileName: string }> {
  const budget: [["explorationPdfPerIp15min", string]] = [["explorationPdfPerIp15min", input.ip]];
  await assertNotLimited(budget);
  await recordFailure(budget);
  const date = new Intl.DateTimeFormat("fr-CA", { dateStyle: "long", timeZone: TIME_ZONE }).format(
    new Date(input.savedAt),
  );
  const element = createElement(SummaryDocument, { answers: input.answers, date }) as unknown as Parameters<
    typeof renderToBuffer
  >[0];
  const pdf = await renderToBuffer(element);
  return { pdf: Buffer.from(pdf).toString("base64"), fileName: `exploration-${now.toISOString().slice(0, 10)}.pdf` };
}
