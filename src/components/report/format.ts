/**
 * How the report writes its numbers and dates, the same way on the page, in
 * the projection and in the PDF, in the reader's language (decision 024):
 * fr-CA « 40 % », « 0,25 », « 1er mars 2027 »; en-CA "40%", "0.25",
 * "March 1, 2027". Each function takes the BCP 47 tag (the "chart.locale"
 * message); Québec French when none is given.
 */
import { MANDATES, type Mandate, type Position } from "@/domain/mandates";
import { perMilleToPercentages, toPerMille, type Percentages } from "@/domain/position";
import { TIME_ZONE } from "@/lib/local-time";
import { chartFormatters } from "@/components/triangle/format";

const DEFAULT_TAG = "fr-CA";

type Formats = {
  numbers: ReturnType<typeof chartFormatters>;
  longDate: Intl.DateTimeFormat;
  ymdDate: Intl.DateTimeFormat;
  list: Intl.ListFormat;
};
const formats = new Map<string, Formats>();

function formatsFor(tag: string): Formats {
  let f = formats.get(tag);
  if (!f) {
    f = {
      numbers: chartFormatters(tag),
      longDate: new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: TIME_ZONE }),
      ymdDate: new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }),
      list: new Intl.ListFormat(tag, { style: "long", type: "conjunction" }),
    };
    formats.set(tag, f);
  }
  return f;
}

/** Whole percentages of a position as the chart draws it (stored per-mille, then largest remainder). */
function percentagesOf(position: Position): Percentages {
  return perMilleToPercentages(toPerMille(position));
}

export function percent(value: number, tag = DEFAULT_TAG): string {
  return formatsFor(tag).numbers.percent(value);
}

/** « Expertise 50 %, Représentation 30 %, Participation 20 % » / "Expertise 50%, …". */
export function positionText(position: Position, names: Record<Mandate, string>, tag = DEFAULT_TAG): string {
  const parts = percentagesOf(position);
  const { numbers } = formatsFor(tag);
  return MANDATES.map((mandate) => `${names[mandate]} ${numbers.percent(parts[mandate])}`).join(", ");
}

/** A distance on the 0..1 scale, two decimals. */
export function gapText(value: number, tag = DEFAULT_TAG): string {
  return formatsFor(tag).numbers.gap(value);
}

/** A movement in points out of 100, signed: « +30 », « −10 » (true minus sign). */
export function pointsText(delta: number): string {
  const points = Math.round(delta * 100);
  return points > 0 ? `+${points}` : points < 0 ? `\u2212${-points}` : "0";
}

/** French writes the first day of a month « 1er » (Intl gives « 1 octobre »). */
function firstOfMonth(text: string, tag: string): string {
  return tag.startsWith("fr") ? text.replace(/^1 /, "1er ") : text;
}

/** A local calendar date "YYYY-MM-DD" in words; no time-zone shift. */
export function ymdText(ymd: string, tag = DEFAULT_TAG): string {
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  return firstOfMonth(formatsFor(tag).ymdDate.format(new Date(Date.UTC(y, m - 1, d, 12))), tag);
}

/** An instant (ISO string or Date) as a local date in words. */
export function instantText(value: string | Date, tag = DEFAULT_TAG): string {
  return firstOfMonth(formatsFor(tag).longDate.format(typeof value === "string" ? new Date(value) : value), tag);
}

/** « A, B et C » / "A, B, and C". */
export function listText(items: readonly string[], tag = DEFAULT_TAG): string {
  return formatsFor(tag).list.format(items);
}

/** Classes of the chart's data table when it is shown (the triangle module leaves it unstyled). */
export const DATA_TABLE_CLASS =
  "stack-table w-full border-collapse text-left text-sm [&_caption]:mb-2 [&_caption]:text-left [&_caption]:text-stone-700 [&_th]:px-2 [&_th]:py-1 [&_td]:px-2 [&_td]:py-1 [&_thead]:border-b-2 [&_thead]:border-ink [&_tbody_tr]:border-b [&_tbody_tr]:border-stone-300";
