/**
 * The person's own changes, as this browser tab saw them acknowledged
 * (autosave, confirmation). The positioning actions do not make Next.js render
 * the page again in their reply (issue 18: that render was a third of a
 * confirmation's cost); the form updates itself from the action's result.
 * What would then go stale is a page the router restores from its cache
 * (the browser's Back and Forward buttons): /atelier would still say « pas
 * encore confirmé ». Each participant page tells LiveRefresh when the server
 * rendered it; one rendered before the last acknowledged change is rendered
 * again once, on arrival. A page fetched after the change (a link, a reload)
 * is newer and is left alone.
 */
let lastOwnChangeAt = 0;

/** `at`: the server's time of the stored change (the position's `updatedAt`). */
export function noteOwnChange(at: Date | string | number): void {
  const time = new Date(at).getTime();
  if (Number.isFinite(time) && time > lastOwnChangeAt) lastOwnChangeAt = time;
}

/** Whether a page the server rendered at `renderedAt` (ms) predates the person's last change. */
export function renderedBeforeOwnChange(renderedAt: number): boolean {
  return renderedAt < lastOwnChangeAt;
}
