/**
 * Long content on a projector becomes more slides, never a taller page:
 * lists are cut into pieces that fit one screen, and every piece says which
 * part it is (« 2 / 3 »).
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Invalid chunk size: ${size}`);
  const pieces: T[][] = [];
  for (let i = 0; i < items.length; i += size) pieces.push(items.slice(i, i + size));
  return pieces;
}

/**
 * Cuts texts into pieces whose total « weight » stays under a budget: a long
 * text counts for more lines than a short one (about `lineLength` characters
 * a line on the projected screen). A single text over the budget gets a
 * piece of its own (CSS clamps it; the full text is in the report).
 */
export function chunkByLines<T>(
  items: readonly T[],
  text: (item: T) => string,
  budget: number,
  lineLength = 60,
): T[][] {
  const pieces: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const lines = Math.max(1, Math.ceil(text(item).length / lineLength));
    if (current.length > 0 && used + lines > budget) {
      pieces.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += lines;
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}

/**
 * Which slide to show from the `etape` query parameter: a slide's key when
 * `keys` are given (the deck can grow while it is shown: a confirmation adds a
 * slide of the members' words, and the slide holding the form the group fills
 * must stay where it is), else its number (1-based), clamped to the deck.
 */
export function slideIndex(etape: string | undefined, total: number, keys?: readonly string[]): number {
  const byKey = etape !== undefined && keys ? keys.indexOf(etape) : -1;
  if (byKey >= 0) return byKey;
  const requested = Number.parseInt(etape ?? "1", 10);
  if (!Number.isFinite(requested) || total < 1) return 0;
  return Math.min(Math.max(requested, 1), total) - 1;
}
