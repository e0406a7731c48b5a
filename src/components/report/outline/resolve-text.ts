/**
 * Turns an outline text (src/domain/report-outline.ts) into the words shown,
 * the same way for the web page and the PDF: messages through the given
 * translator (root namespace), typed values through the report's formats.
 */
import type { Mandate } from "@/domain/mandates";
import type { Param, Text } from "@/domain/report-outline";
import { gapText, instantText, listText, percent, pointsText, positionText, ymdText } from "../format";

/** A root-namespace translator: next-intl's root `useTranslations` or `translator()`. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function mandateNames(t: Translate): Record<Mandate, string> {
  return {
    expertise: t("chart.mandatesShort.expertise"),
    representation: t("chart.mandatesShort.representation"),
    participation: t("chart.mandatesShort.participation"),
  };
}

/**
 * A root translator made of namespaced ones, for a client component that
 * holds only the namespaces its page hands it (<ClientMessages>): "chart.x"
 * goes to `byNamespace.chart("x")`.
 */
export function namespacedTranslate(
  byNamespace: Record<string, (key: string, values?: Record<string, string | number>) => string>,
): Translate {
  return (key, values) => {
    const dot = key.indexOf(".");
    const t = byNamespace[key.slice(0, dot)];
    if (!t) throw new Error(`No messages handed for "${key}"`);
    return t(key.slice(dot + 1), values);
  };
}

export function resolveText(text: Text, t: Translate): string {
  return resolve(text, t, t("chart.locale"));
}

/** `tag`: the BCP 47 tag of the translator's language (the "chart.locale" message), for numbers and dates. */
function resolve(value: Param, t: Translate, tag: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if ("key" in value) {
    const params: Record<string, string | number> = {};
    for (const [name, param] of Object.entries(value.params ?? {})) {
      // Plural and select arguments need the number itself.
      params[name] = typeof param === "number" ? param : resolve(param, t, tag);
    }
    return t(value.key, params);
  }
  switch (value.fmt) {
    case "gap":
      return gapText(value.value, tag);
    case "position":
      return positionText(value.value, mandateNames(t), tag);
    case "ymd":
      return ymdText(value.value, tag);
    case "instant":
      return instantText(value.value, tag);
    case "points":
      return pointsText(value.value);
    case "percent":
      return percent(value.value, tag);
    case "mandate":
      return mandateNames(t)[value.value];
    case "list":
      return listText(
        value.items.map((item) => resolve(item, t, tag)),
        tag,
      );
  }
}
