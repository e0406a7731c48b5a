/**
 * Conditions of practice that hinder (« entravent ») or support
 * (« favorisent ») the desired direction are tagged by each group with a short
 * theme. A theme named by two or more groups is a shared condition.
 */

import { CONDITION_KINDS, type ConditionKind } from "./vocabulary";

// Re-exported for callers of this module; the list itself lives with the other vocabularies.
export { CONDITION_KINDS, type ConditionKind };

export interface ConditionInput {
  groupId: string;
  kind: ConditionKind;
  theme: string;
}

export interface SharedTheme {
  /** Normalised form used for matching (lower case, no accents, single spaces). */
  key: string;
  /** The most frequent spelling, ties going to the first seen. */
  label: string;
  /** Distinct groups naming the theme, in order of first mention. */
  groupIds: string[];
  /** Distinct kinds under which it was named, in `CONDITION_KINDS` order. */
  kinds: ConditionKind[];
  /** Per kind, the groups that named the theme that way (first mention order). */
  groupIdsByKind: Record<ConditionKind, string[]>;
}

/**
 * How two theme spellings are compared: case, accents and spacing do not
 * matter (« Financés » = "financés" = "finances "). Also folds the ligatures
 * and apostrophes that differ between keyboards (« cœur » = « coeur »,
 * « l’accès » = "l'acces"), which people do not see as different words.
 */
export function normalizeTheme(theme: string): string {
  return theme
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** A spelling as shown: the original, with spacing tidied. */
function tidySpelling(theme: string): string {
  return theme.replace(/\s+/g, " ").trim();
}

interface Accumulator {
  key: string;
  spellings: Map<string, { count: number; firstSeen: number }>;
  groupIds: string[];
  groupSet: Set<string>;
  byKind: Record<ConditionKind, string[]>;
  byKindSet: Record<ConditionKind, Set<string>>;
}

/**
 * The themes named by at least `minGroups` distinct groups (default 2).
 * Order: most groups first, then by normalised key (code-unit order, so the
 * same input gives the same output on every machine). O(conditions).
 */
export function sharedThemes(
  conditions: readonly ConditionInput[],
  options: { minGroups?: number } = {},
): SharedTheme[] {
  const minGroups = options.minGroups ?? 2;
  if (!Number.isInteger(minGroups) || minGroups < 1) {
    throw new RangeError(`sharedThemes(): minGroups must be a positive integer, got ${minGroups}`);
  }

  const byKey = new Map<string, Accumulator>();
  conditions.forEach((condition, index) => {
    const key = normalizeTheme(condition.theme);
    if (key === "") return;
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = {
        key,
        spellings: new Map(),
        groupIds: [],
        groupSet: new Set(),
        byKind: { entrave: [], favorise: [] },
        byKindSet: { entrave: new Set(), favorise: new Set() },
      };
      byKey.set(key, entry);
    }
    const spelling = tidySpelling(condition.theme);
    const seen = entry.spellings.get(spelling);
    if (seen === undefined) {
      entry.spellings.set(spelling, { count: 1, firstSeen: index });
    } else {
      seen.count += 1;
    }
    if (!entry.groupSet.has(condition.groupId)) {
      entry.groupSet.add(condition.groupId);
      entry.groupIds.push(condition.groupId);
    }
    const kindSet = entry.byKindSet[condition.kind];
    if (!kindSet.has(condition.groupId)) {
      kindSet.add(condition.groupId);
      entry.byKind[condition.kind].push(condition.groupId);
    }
  });

  const shared: SharedTheme[] = [];
  for (const entry of byKey.values()) {
    if (entry.groupIds.length < minGroups) continue;
    shared.push({
      key: entry.key,
      label: mostFrequentSpelling(entry.spellings),
      groupIds: entry.groupIds,
      kinds: CONDITION_KINDS.filter((kind) => entry.byKind[kind].length > 0),
      groupIdsByKind: entry.byKind,
    });
  }
  return shared.sort((a, b) => b.groupIds.length - a.groupIds.length || compareCodeUnits(a.key, b.key));
}

function mostFrequentSpelling(spellings: Map<string, { count: number; firstSeen: number }>): string {
  let best: { spelling: string; count: number; firstSeen: number } | null = null;
  for (const [spelling, { count, firstSeen }] of spellings) {
    if (best === null || count > best.count || (count === best.count && firstSeen < best.firstSeen)) {
      best = { spelling, count, firstSeen };
    }
  }
  return best?.spelling ?? "";
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
