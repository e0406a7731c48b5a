/**
 * A minimal iCalendar (RFC 5545) writer for a démarche's meetings: what
 * calendar programs need to import the sequence, no more. Times are written
 * in UTC ("Z"), so no VTIMEZONE block is needed and every program shows the
 * meeting at the right local time.
 */

export type CalendarEvent = {
  /** Stable across exports, so re-importing updates the event instead of duplicating it. */
  uid: string;
  start: Date;
  end: Date;
  /** When the event last changed (DTSTAMP / LAST-MODIFIED). */
  stamp: Date;
  summary: string;
  location?: string;
  description?: string;
};

export type CalendarFile = { productId: string; name: string; events: CalendarEvent[] };

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** TEXT values (§3.3.11): backslash, semicolon, comma and line breaks are escaped; other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** UTC date-time form (§3.3.5): 20261001T223000Z. */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/**
 * Folds a content line (§3.1): at most 75 octets per line, continuation lines
 * start with one space, and a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let currentOctets = 0;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = "";
      currentOctets = 0;
    }
    current += char;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

export function buildCalendar(file: CalendarFile): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    property("PRODID", file.productId),
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    property("X-WR-CALNAME", escapeText(file.name)),
  ];
  for (const event of file.events) {
    lines.push(
      "BEGIN:VEVENT",
      property("UID", event.uid),
      property("DTSTAMP", formatUtc(event.stamp)),
      property("LAST-MODIFIED", formatUtc(event.stamp)),
      property("DTSTART", formatUtc(event.start)),
      property("DTEND", formatUtc(event.end)),
      property("SUMMARY", escapeText(event.summary)),
    );
    if (event.location) lines.push(property("LOCATION", escapeText(event.location)));
    if (event.description) lines.push(property("DESCRIPTION", escapeText(event.description)));
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.join(CRLF) + CRLF;
}
