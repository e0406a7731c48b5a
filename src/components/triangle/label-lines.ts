/**
 * Breaking corner labels into lines. SVG text does not wrap by itself, and
 * « Mandat de représentation » is wider than half a compact chart.
 */

/** Rough width of an average character, in ems, for a sans-serif semi-bold face. */
const AVERAGE_CHAR_WIDTH_EM = 0.58;

/** How many characters fit in `width` at `fontSize` (at least 1). */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * AVERAGE_CHAR_WIDTH_EM)));
}

/**
 * Greedy word wrap to at most `maxChars` per line. A word longer than the
 * line stays whole on its own line rather than being cut.
 */
export function wrapLabel(label: string, maxChars: number): string[] {
  const words = label
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line === "") {
      line = word;
    } else if (line.length + 1 + word.length <= maxChars) {
      line = `${line} ${word}`;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
