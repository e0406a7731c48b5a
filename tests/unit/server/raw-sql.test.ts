import { describe, expect, it } from "vitest";
import {
  rawBoolean,
  rawDate,
  rawInt,
  rawNullableDate,
  rawNullableInt,
  rawNullableString,
  rawString,
} from "@/server/raw-sql";

// What a raw statement's columns may come back as, from either driver adapter
// or through an expression that loses the column's declared type.
describe("reading raw SQL values", () => {
  it("takes a date as a Date, ISO text or epoch milliseconds, and gives the same instant", () => {
    const at = new Date("2026-12-07T18:00:00.123Z");
    expect(rawDate(at)).toBe(at);
    expect(rawDate("2026-12-07T18:00:00.123Z")).toEqual(at);
    expect(rawDate(at.getTime())).toEqual(at);
    expect(rawDate(BigInt(at.getTime()))).toEqual(at);
    expect(rawNullableDate(null)).toBeNull();
  });

  it("takes SQLite's 0 and 1 as booleans", () => {
    expect(rawBoolean(true)).toBe(true);
    expect(rawBoolean(false)).toBe(false);
    expect(rawBoolean(1)).toBe(true);
    expect(rawBoolean(0)).toBe(false);
    expect(rawBoolean(1n)).toBe(true);
  });

  it("takes a bigint integer as a number", () => {
    expect(rawInt(3n)).toBe(3);
    expect(rawInt(400)).toBe(400);
    expect(rawNullableInt(null)).toBeNull();
  });

  it("throws on a value of the wrong kind instead of passing it on", () => {
    expect(() => rawDate("pas une date")).toThrow(/expected a date/);
    expect(() => rawDate(null)).toThrow(/expected a date/);
    expect(() => rawBoolean(2)).toThrow(/expected a boolean/);
    expect(() => rawBoolean("true")).toThrow(/expected a boolean/);
    expect(() => rawInt(1.5)).toThrow(/expected an integer/);
    expect(() => rawInt(2n ** 64n)).toThrow(/expected an integer/);
    expect(() => rawString(null)).toThrow(/expected a string/);
    expect(() => rawNullableString(3)).toThrow(/expected a string/);
    expect(rawNullableString(undefined)).toBeNull();
  });
});
