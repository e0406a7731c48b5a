/**
 * Short codes that people read aloud and type: 8 symbols from a 31-symbol
 * alphabet without the look-alikes 0/O, 1/I/L. 31^8 ≈ 8.5 × 10^11 codes
 * (≈ 39.6 bits); guessing is made useless by rate limiting (see README,
 * "Sécurité"). Shown as two groups of four: « K7QM-3HPR ».
 */
export const SHORT_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const SHORT_CODE_LENGTH = 8;

/** Upper-cases and drops spaces, hyphens and dots people add while typing. */
export function normalizeShortCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-._]/g, "");
}

export function isWellFormedShortCode(normalized: string): boolean {
  if (normalized.length !== SHORT_CODE_LENGTH) return false;
  for (const ch of normalized) {
    if (!SHORT_CODE_ALPHABET.includes(ch)) return false;
  }
  return true;
}

export function formatShortCode(normalized: string): string {
  return `${normalized.slice(0, 4)}-${normalized.slice(4)}`;
}

/** Builds a code from uniform random indexes into the alphabet (the caller supplies the randomness). */
export function shortCodeFromIndexes(indexes: readonly number[]): string {
  if (indexes.length !== SHORT_CODE_LENGTH) throw new RangeError("A short code needs exactly 8 symbols");
  return indexes
    .map((i) => {
      const ch = SHORT_CODE_ALPHABET[i];
      if (ch === undefined) throw new RangeError(`Index ${i} is outside the alphabet`);
      return ch;
    })
    .join("");
}
