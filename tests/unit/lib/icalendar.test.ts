import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, formatUtc } from "@/lib/icalendar";

describe("iCalendar text", () => {
  it("escapes backslashes, separators and line breaks", () => {
    expect(escapeText("Salle 2; 2e étage, porte B\\C\r\nApportez vos notes\nMerci")).toBe(
      "Salle 2\\; 2e étage\\, porte B\\\\C\\nApportez vos notes\\nMerci",
    );
  });

  it("drops control characters a calendar program would reject", () => {
    expect(escapeText("a\u0007b\u0000c\td")).toBe("abc\td");
  });

  it("writes instants in UTC", () => {
    expect(formatUtc(new Date("2026-10-01T22:30:00.000Z"))).toBe("20261001T223000Z");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `DESCRIPTION:${"é".repeat(80)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    const encoder = new TextEncoder();
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((part, i) => {
      expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(" ")).toBe(true);
    });
    // Unfolding (removing CRLF + one space) gives the line back.
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(foldLine("SUMMARY:court")).toBe("SUMMARY:court");
  });
});

describe("a calendar file", () => {
  const file = buildCalendar({
    productId: "-//Regards croisés//Démarche//FR",
    name: "Démarche 2026, Maison",
    events: [
      {
        uid: "meeting-abc@localhost",
        start: new Date("2026-10-01T22:30:00Z"),
        end: new Date("2026-10-02T01:00:00Z"),
        stamp: new Date("2026-09-01T12:00:00Z"),
        summary: "Rencontre de lancement",
        location: "Salle communautaire, 12 rue Principale",
        description: "Présentation; consentement",
      },
      {
        uid: "meeting-def@localhost",
        start: new Date("2026-10-22T22:30:00Z"),
        end: new Date("2026-10-23T01:00:00Z"),
        stamp: new Date("2026-09-01T12:00:00Z"),
        summary: "Atelier des Intervenant.e.s",
      },
    ],
  });

  it("uses CRLF line endings everywhere and ends with one", () => {
    expect(file.endsWith("\r\n")).toBe(true);
    expect(file.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("holds one event per meeting with its stable UID, times and escaped text", () => {
    const lines = file.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines).toContain("UID:meeting-abc@localhost");
    expect(lines).toContain("DTSTART:20261001T223000Z");
    expect(lines).toContain("DTEND:20261002T010000Z");
    expect(lines).toContain("DTSTAMP:20260901T120000Z");
    expect(lines).toContain("LOCATION:Salle communautaire\\, 12 rue Principale");
    expect(lines).toContain("DESCRIPTION:Présentation\\; consentement");
    expect(lines).toContain("X-WR-CALNAME:Démarche 2026\\, Maison");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("leaves out empty optional properties", () => {
    const second = file.split("BEGIN:VEVENT")[2]!;
    expect(second).not.toContain("LOCATION");
    expect(second).not.toContain("DESCRIPTION");
  });
});
