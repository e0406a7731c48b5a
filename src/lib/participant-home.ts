/**
 * The sentence « Mon espace » gives about a participant's own answers. It
 * never promises that they can still be changed when the démarche or the
 * workshop refuses changes (the refusal is said right below it).
 */
export type HomePositionState =
  | { key: "homeSubmitted" | "homeSubmittedLocked"; submittedAt: Date }
  | { key: "homeDraft" | "homeNotStarted" | "homeDraftLocked" };

export function homePositionState(mine: {
  status: "draft" | "submitted";
  submittedAt: Date | null;
  started: boolean;
  editRefusal: string | null;
}): HomePositionState {
  const locked = mine.editRefusal !== null;
  if (mine.status === "submitted" && mine.submittedAt) {
    return { key: locked ? "homeSubmittedLocked" : "homeSubmitted", submittedAt: mine.submittedAt };
  }
  if (mine.started) return { key: locked ? "homeDraftLocked" : "homeDraft" };
  return { key: "homeNotStarted" };
}
