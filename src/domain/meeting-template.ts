import type { MeetingKind } from "./vocabulary";

/** One meeting of the proposed sequence; `groupIndex` points into the démarche's groups (ateliers only). */
export type PlannedMeeting = { kind: MeetingKind; groupIndex: number | null; dayOffset: number };

/** The source asks for at least six meetings over three to six months. */
export const MIN_MEETINGS = 6;
export const MIN_SPAN_MONTHS = 3;
export const MAX_SPAN_MONTHS = 6;

/**
 * The default sequence from docs/domain.md: a plenary launch, one atelier per
 * group, the mise en commun, then the CA's answer. Dates are spread over the
 * period: the launch on the first day, the ateliers through the first half,
 * the mise en commun at about two thirds (time for the CA to prepare its
 * answer), and the retour du CA near the end.
 */
export function defaultMeetingPlan(spanDays: number, groupCount: number): PlannedMeeting[] {
  if (!Number.isInteger(spanDays) || spanDays < 0) throw new RangeError("spanDays must be a non-negative integer");
  if (!Number.isInteger(groupCount) || groupCount < 0)
    throw new RangeError("groupCount must be a non-negative integer");
  const at = (fraction: number) => Math.round(spanDays * fraction);
  const ateliers: PlannedMeeting[] = Array.from({ length: groupCount }, (_, i) => ({
    kind: "atelier",
    groupIndex: i,
    // Evenly between 15 % and 45 % of the period, in group order.
    dayOffset: at(groupCount === 1 ? 0.3 : 0.15 + (0.3 * i) / (groupCount - 1)),
  }));
  return [
    { kind: "lancement", groupIndex: null, dayOffset: 0 },
    ...ateliers,
    { kind: "mise_en_commun", groupIndex: null, dayOffset: at(0.65) },
    { kind: "retour_ca", groupIndex: null, dayOffset: at(0.95) },
  ];
}
