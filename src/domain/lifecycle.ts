import type { Phase } from "./vocabulary";

/**
 * The démarche's life cycle beyond its phases (decision 021): deleting one
 * created by mistake, archiving a closed one, its retention period, starting
 * the next cycle. Pure:
 * the server layer loads the facts and asks here.
 */

export type DeletionRefusal = "notResponsible" | "notInPreparation" | "peopleJoined";

/**
 * Who may delete a démarche, and when (decision 021 and its addendum): its
 * responsible facilitator only, either as a mistake is undone (still in
 * préparation, nobody ever joined it: waiting, admitted or withdrawn, a
 * person's consent is on record) or once it is closed, people or not (their
 * personal information is then destroyed at once instead of at the end of
 * the retention period). A démarche under way is closed first.
 */
export function deletionRefusal(facts: {
  isResponsible: boolean;
  phase: Phase;
  participantCount: number;
}): DeletionRefusal | null {
  if (!facts.isResponsible) return "notResponsible";
  if (facts.phase === "cloturee") return null;
  if (facts.phase !== "preparation") return "notInPreparation";
  if (facts.participantCount > 0) return "peopleJoined";
  return null;
}

/** The name typed to confirm a deletion matches the démarche's, spaces and case aside. */
export function confirmsName(typed: string, name: string): boolean {
  const norm = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("fr-CA");
  return norm(typed) !== "" && norm(typed) === norm(name);
}

/**
 * How long identifying data is kept after the démarche closes, in months: a
 * few plain choices. Twelve is the default (and what every démarche had
 * before the choice existed).
 */
export const RETENTION_CHOICES = [3, 6, 12, 24] as const;
export type RetentionMonths = (typeof RETENTION_CHOICES)[number];
export const DEFAULT_RETENTION_MONTHS: RetentionMonths = 12;

export type RetentionRefusal = "notAChoice" | "longerThanConsented";

/**
 * Participants consent to the retention they read before joining. Once
 * anyone has joined, the period may only get shorter: every consent on
 * record then covers at least the current period, and no one's data is ever
 * kept longer than what they read.
 */
export function retentionChangeRefusal(facts: {
  current: number;
  next: number;
  someoneJoined: boolean;
}): RetentionRefusal | null {
  if (!(RETENTION_CHOICES as readonly number[]).includes(facts.next)) return "notAChoice";
  if (facts.someoneJoined && facts.next > facts.current) return "longerThanConsented";
  return null;
}

export type ArchiveRefusal = "notClosed";

/**
 * A closed démarche may be archived: it leaves the default list of démarches
 * and stays as it was (read-only, exported, anonymised on schedule). Taking
 * it out of the archives is always possible: only a closed one is archived.
 */
export function archiveRefusal(facts: { phase: Phase; archive: boolean }): ArchiveRefusal | null {
  if (facts.archive && facts.phase !== "cloturee") return "notClosed";
  return null;
}
