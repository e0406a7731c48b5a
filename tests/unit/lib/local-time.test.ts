import { describe, expect, it } from "vitest";
import { addDaysYmd, daysBetween, isHm, isYmd, localDateTime, toLocalHm, toLocalYmd } from "@/lib/local-time";

describe("Québec local time", () => {
  it("reads a local date and time as the right instant, winter and summer", () => {
    expect(localDateTime("2026-01-15", "18:30").toISOString()).toBe("2026-01-15T23:30:00.000Z");
    expect(localDateTime("2026-07-15", "18:30").toISOString()).toBe("2026-07-15T22:30:00.000Z");
  });

  it("gives back the local date and time of an instant", () => {
    const instant = new Date("2026-03-01T03:00:00Z"); // 22:00 on Feb 28 in Montréal
    expect(toLocalYmd(instant)).toBe("2026-02-28");
    expect(toLocalHm(instant)).toBe("22:00");
  });

  it("validates what people type", () => {
    expect(isYmd("2026-02-28")).toBe(true);
    expect(isYmd("2026-02-30")).toBe(false);
    expect(isYmd("26-02-28")).toBe(false);
    expect(isHm("18:30")).toBe(true);
    expect(isHm("24:00")).toBe(false);
  });

  it("takes only dates of the years 1900 to 2999: past 9999 no database date holds the end of the day", () => {
    expect(isYmd("1900-01-01")).toBe(true);
    expect(isYmd("2999-12-31")).toBe(true);
    for (const date of ["9999-12-31", "3000-01-01", "1899-12-31", "0001-01-01", "0000-00-00"]) {
      expect(isYmd(date), date).toBe(false);
    }
  });

  it("counts and adds days across month ends", () => {
    expect(daysBetween("2026-10-01", "2027-02-26")).toBe(148);
    expect(addDaysYmd("2026-10-01", 148)).toBe("2027-02-26");
  });
});
