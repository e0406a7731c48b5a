import type { Phase } from "./vocabulary";

export type JoinRefusal = "revoked" | "expired" | "demarcheClosed" | "workshopClosed" | "phaseOver";

/** Phases during which people may still join a group. */
export const JOINABLE_PHASES: readonly Phase[] = ["preparation", "ateliers"];

/**
 * Whether an invitation still lets someone join. Once a group has closed its
 * workshop or the démarche has moved past the ateliers, a newcomer could only
 * change results the group has already settled.
 */
export function joinRefusal(
  state: { revokedAt: Date | null; expiresAt: Date; phase: Phase; workshopClosedAt: Date | null },
  now: Date,
): JoinRefusal | null {
  if (state.revokedAt) return "revoked";
  if (state.expiresAt <= now) return "expired";
  if (state.phase === "cloturee") return "demarcheClosed";
  if (!JOINABLE_PHASES.includes(state.phase)) return "phaseOver";
  if (state.workshopClosedAt) return "workshopClosed";
  return null;
}
