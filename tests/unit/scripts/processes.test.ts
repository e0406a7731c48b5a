import { describe, expect, it } from "vitest";
import { processCount, processPorts } from "../../../scripts/lib/processes.mjs";

const POSTGRES = "postgresql://regards@db.example.org:5432/regards";
const SQLITE = "file:./data/regards-croises.db";

describe("npm start -- --processes N", () => {
  it("starts one process when the option is absent, on either database", () => {
    expect(processCount(undefined, SQLITE)).toBe(1);
    expect(processCount(undefined, POSTGRES)).toBe(1);
  });

  it("starts several processes on PostgreSQL, on consecutive ports from PORT", () => {
    expect(processCount("4", POSTGRES)).toBe(4);
    expect(processCount("2", "postgres://regards@localhost/regards")).toBe(2);
    expect(processPorts(3000, 4)).toEqual([3000, 3001, 3002, 3003]);
  });

  it("refuses several processes on SQLite, saying why and what to do", () => {
    const refusal = processCount("2", SQLITE);
    expect(refusal).toEqual(expect.stringContaining("needs PostgreSQL"));
    expect(refusal).toEqual(expect.stringContaining("DATABASE_URL"));
    // One process on SQLite is the embedded default, asked for explicitly or not.
    expect(processCount("1", SQLITE)).toBe(1);
  });

  it("refuses a count that is not a whole number from 1 to 64", () => {
    for (const value of ["0", "-1", "2.5", "four", "", "65"])
      expect(processCount(value, POSTGRES), value).toEqual(expect.stringContaining("--processes must be"));
  });
});
