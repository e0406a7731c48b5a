/**
 * How the report writes its numbers and dates, the same way on the page, in
 * the projection and in the PDF (fr-CA: « 40 % », « 0,25 », « 12 mars 2027 »).
 */
import { MANDATES, type Mandate, type Position } from "@/domain/mandates";
import { perMilleToPercentages, toPerMille, type Percentages } from "@/domain/position";
import { TIME_ZONE } from "@/lib/local-time";
import { chartFormatters } from "@/components/triangle/format";

const LOCALE = "fr-CA";
const numbers = chartFormatters(LOCALE);
const longDate = new Intl.DateTimeFormat(LOCALE, { dateStyle: "long", timeZone: TIME_ZONE });
const ymdDate = new Intl.DateTimeFormat(LOCALE, { dateStyle: "long", timeZone: "UTC" });

/** Whole percentages of a position as the chart draws it (stored per-mille, then largest remainder). */
function percentagesOf(position: Position): Percentages {
  return perMilleToPercentages(toPerMille(position));
}

export function percent(value: number): string {
  return numbers.percent(value);
}

/** « Expertise 50 %, Représentation 30 %, Participation 20 % ». */
export function positionText(position: Position, names: Record<Mandate, string>): string {
  const parts = percentagesOf(position);
  return MANDATES.map((mandate) => `${names[mandate]} ${numbers.percent(parts[mandate])}`).join(", ");
}

/** A distance on the 0..1 scale, two decimals. */
export function gapText(value: number): string {
  return numbers.gap(value);
}

/** A movement in points out of 100, signed: « +30 », « −10 » (true minus sign). */
export function pointsText(delta: number): string {
  const points = Math.round(delta * 100);
  return points > 0 ? `+${points}` : points < 0 ? `\u2212${-points}` : "0";
}

/** French writes the first day of a month « 1er » (Intl gives « 1 octobre »). */
function firstOfMonth(text: string): string {
  return text.replace(/^1 /, "1er ");
}

/** A local calendar date "YYYY-MM-DD" in words; no time-zone shift. */
export function ymdText(ymd: string): string {
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  return firstOfMonth(ymdDate.format(new Date(Date.UTC(y, m - 1, d, 12))));
}

/** An instant (ISO string or Date) as a local date in words. */
export function instantText(value: string | Date): string {
  return firstOfMonth(longDate.format(typeof value === "string" ? new Date(value) : value));
}

/** « A, B et C ». */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

/** Classes of the chart's data table when it is shown (the triangle module leaves it unstyled). */
export const DATA_TABLE_CLASS =
  "stack-table w-full border-collapse text-left text-sm [&_caption]:mb-2 [&_caption]:text-left [&_caption]:text-stone-700 [&_th]:px-2 [&_th]:py-1 [&_td]:px-2 [&_td]:py-1 [&_thead]:border-b-2 [&_thead]:border-ink [&_tbody_tr]:border-b [&_tbody_tr]:border-stone-300";
