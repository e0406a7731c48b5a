import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";
import { dispersionReading, distanceReading, gapReading, plainReadingKey } from "@/domain/plain-readings";
import { DEFAULT_SYNTHESIS_OPTIONS } from "@/domain/synthesis";

describe("plain-language readings of the numbers", () => {
  it("reads a gap of 0,24 as a moderate change (the issue's example)", () => {
    expect(gapReading(0.24)).toBe("moderate");
  });

  it("reads a gap with the orientation's threshold: at most 0,10 is consolidating, above it a change", () => {
    expect(gapReading(0)).toBe("none");
    expect(gapReading(0.1)).toBe("small");
    expect(gapReading(0.1001)).toBe("moderate");
    expect(gapReading(0.3)).toBe("large");
  });

  it("reads a dispersion as agreement, mixed views or a divided group", () => {
    expect(dispersionReading(0.05)).toBe("agree");
    expect(dispersionReading(0.15)).toBe("agree");
    expect(dispersionReading(0.2)).toBe("mixed");
    expect(dispersionReading(0.3)).toBe("divided");
  });

  it("reads a distance between groups in the same words as the verdict it gives", () => {
    expect(distanceReading(0.15)).toBe("close");
    expect(distanceReading(0.2)).toBe("partly");
    expect(distanceReading(0.3)).toBe("apart");
    expect(DEFAULT_SYNTHESIS_OPTIONS).toMatchObject({ consolidateMax: 0.1, convergenceMax: 0.15, divergenceMin: 0.3 });
  });

  it("follows thresholds a caller changes", () => {
    expect(gapReading(0.12, { consolidateMax: 0.15 })).toBe("small");
    expect(distanceReading(0.2, { convergenceMax: 0.2 })).toBe("close");
  });

  it("refuses a number that is not a distance", () => {
    expect(() => gapReading(-0.1)).toThrow(RangeError);
    expect(() => dispersionReading(Number.NaN)).toThrow(RangeError);
  });

  it("has a French sentence for every key it can return", () => {
    const messages = MESSAGES.fr as unknown as Record<string, Record<string, Record<string, string>>>;
    const lookup = (key: string) => {
      const [, group, name] = key.split(".") as [string, string, string];
      return messages.plainReadings?.[group]?.[name];
    };
    for (const value of [0, 0.05, 0.1, 0.15, 0.2, 0.24, 0.3, 0.8]) {
      for (const key of [
        plainReadingKey.gap(value),
        plainReadingKey.shift(value),
        plainReadingKey.dispersion(value),
        plainReadingKey.distance(value),
      ]) {
        expect(lookup(key), key).toEqual(expect.any(String));
      }
    }
  });

  it("reads a move between two cycles with the gap's thresholds, as a move rather than a wish", () => {
    for (const value of [0, 0.004, 0.1, 0.1001, 0.29, 0.3]) {
      expect(plainReadingKey.shift(value)).toBe(`plainReadings.shift.${gapReading(value)}`);
    }
    expect(plainReadingKey.shift(0.13)).toBe("plainReadings.shift.moderate");
  });
});
