import { inflateSync } from "node:zlib";

/**
 * The text drawn in a PDF made by @react-pdf with the standard fonts: each
 * content stream is inflated, and the strings of its TJ / Tj operators are
 * decoded from WinAnsi. One line per text operator; good enough to assert
 * that a word is (or is not) printed, without a PDF library.
 */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: "€",
  0x82: "‚",
  0x83: "ƒ",
  0x84: "„",
  0x85: "…",
  0x86: "†",
  0x87: "‡",
  0x88: "ˆ",
  0x89: "‰",
  0x8a: "Š",
  0x8b: "‹",
  0x8c: "Œ",
  0x8e: "Ž",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x98: "˜",
  0x99: "™",
  0x9a: "š",
  0x9b: "›",
  0x9c: "œ",
  0x9e: "ž",
  0x9f: "Ÿ",
};

function decodeBytes(bytes: number[]): string {
  return bytes.map((b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join("");
}

function decodeHex(hex: string): string {
  const clean = hex.replace(/\s+/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < clean.length; i += 2) bytes.push(parseInt(clean.slice(i, i + 2).padEnd(2, "0"), 16));
  return decodeBytes(bytes);
}

function decodeLiteral(literal: string): string {
  return decodeBytes([...literal.replace(/\\([()\\])/g, "$1")].map((c) => c.charCodeAt(0)));
}

export function pdfTextContent(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  const streamStart = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streamStart.exec(raw)) !== null) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue; // not a compressed content stream (e.g. an image)
    }
    for (const op of content.matchAll(
      /\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9a-fA-F\s]*)>\s*Tj|\(((?:[^)\\]|\\.)*)\)\s*Tj/g,
    )) {
      if (op[1] !== undefined) {
        let text = "";
        for (const part of op[1].matchAll(/<([0-9a-fA-F\s]*)>|\(((?:[^)\\]|\\.)*)\)/g)) {
          text += part[1] !== undefined ? decodeHex(part[1]) : decodeLiteral(part[2] ?? "");
        }
        lines.push(text);
      } else if (op[2] !== undefined) lines.push(decodeHex(op[2]));
      else lines.push(decodeLiteral(op[3] ?? ""));
    }
  }
  return lines.join("\n");
}
