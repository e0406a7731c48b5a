/**
 * When the server renders a participant page, for LiveRefresh's `renderedAt`
 * (src/components/live/own-changes.ts). A function so that the pages stay
 * free of a bare clock read in their bodies.
 */
export function renderTime(): number {
  return Date.now();
}
