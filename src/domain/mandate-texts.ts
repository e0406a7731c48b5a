/**
 * Whether the facilitator still has to write the mandates' descriptions. The
 * default text is neutral on purpose (the source's definitions are not
 * available to us, so the application does not invent them) and says
 * nothing to a participant: before the ateliers, the dashboard reminds the
 * facilitator to write, for each mandate, a short plain description and one
 * example. A reminder only; it never blocks a phase.
 */
import { MANDATES, type Mandate } from "./mandates";

/**
 * The mandates whose description is still a default, empty, or the same words
 * as another mandate's. `defaultTexts` holds the neutral default of every
 * language (decision 024): a démarche keeps the default it was created with
 * when its output language changes later, and must still be reminded.
 */
export function mandatesToDescribe(texts: Record<Mandate, string>, defaultTexts: readonly string[]): Mandate[] {
  const normalise = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();
  const seen = new Map<string, number>();
  for (const mandate of MANDATES) seen.set(normalise(texts[mandate]), (seen.get(normalise(texts[mandate])) ?? 0) + 1);
  const neutral = new Set(defaultTexts.map(normalise));
  return MANDATES.filter((mandate) => {
    const text = normalise(texts[mandate]);
    return text === "" || neutral.has(text) || (seen.get(text) ?? 0) > 1;
  });
}
