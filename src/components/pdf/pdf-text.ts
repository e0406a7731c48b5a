/**
 * The PDF uses the standard PDF fonts (Helvetica), which exist in every
 * reader without embedding but only know the WinAnsi character set: French
 * accents, « », œ, ’, … and – are there; the narrow no-break space that
 * fr-CA number formats use, the true minus sign and signs such as ≥ are not,
 * and would print as garbage. Every string goes through `pdfText`.
 */

const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".split(""));

const REPLACEMENTS: Record<string, string> = {
  "\u202F": "\u00A0", // narrow no-break space (before « % » and « : » in some locales)
  "\u2009": " ",
  "\u2212": "\u2013", // minus sign → en dash
  "\u2010": "-",
  "\u2011": "-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2192": "->",
  "\u00AD": "",
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/** The text with every character the standard fonts can draw; others become « ? » (tabs, a space). */
export function pdfText(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const replaced = REPLACEMENTS[char];
    if (replaced !== undefined) out += replaced;
    else if (char === "\t" || char === "\r") out += char === "\t" ? " " : "";
    else out += isWinAnsi(char) ? char : "?";
  }
  return out;
}
