/**
 * Admission of people who joined with a group's code (decision 013): the
 * warnings the facilitator sees next to each person waiting.
 */

export type AdmissionEntry = {
  id: string;
  displayName: string;
  /** SHA-256 of the browser's device id cookie; null when unknown (added by hand, or joined before). */
  deviceHash: string | null;
};

export type AdmissionWarnings = {
  /** Ids of the other entries with the same name (ignoring case, accents and spaces). */
  sameName: string[];
  /** Ids of the other entries joined from the same browser profile. */
  sameBrowser: string[];
};

/** The name as people would say it: case, accents, punctuation and extra spaces do not make two names differ. */
export function comparableName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("fr-CA")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * For each entry in `checked`, the entries of `among` (the group's or the
 * démarche's other people, admitted or waiting) that share its name or its
 * browser. An entry never warns about itself; an erased name ("") or an
 * unknown browser never matches.
 */
export function admissionWarnings(
  checked: readonly AdmissionEntry[],
  among: readonly AdmissionEntry[],
): Map<string, AdmissionWarnings> {
  const result = new Map<string, AdmissionWarnings>();
  for (const entry of checked) {
    const name = comparableName(entry.displayName);
    const others = among.filter((o) => o.id !== entry.id);
    result.set(entry.id, {
      sameName: name === "" ? [] : others.filter((o) => comparableName(o.displayName) === name).map((o) => o.id),
      sameBrowser:
        entry.deviceHash === null ? [] : others.filter((o) => o.deviceHash === entry.deviceHash).map((o) => o.id),
    });
  }
  return result;
}
