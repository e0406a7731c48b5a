import { describe, expect, it } from "vitest";
import { TRIANGLE_COLUMNS, triangleColumnsOf, trianglesOf } from "@/server/positions/triangle-columns";

const current = { expertise: 600, representation: 300, participation: 100 };
const desired = { expertise: 200, representation: 300, participation: 500 };

describe("the triangle's six columns", () => {
  it("reads back what was written, mandate by mandate", () => {
    const columns = triangleColumnsOf({ current, desired });
    expect(columns).toEqual({
      currentExpertise: 600,
      currentRepresentation: 300,
      currentParticipation: 100,
      desiredExpertise: 200,
      desiredRepresentation: 300,
      desiredParticipation: 500,
    });
    expect(Object.keys(columns).sort()).toEqual(Object.keys(TRIANGLE_COLUMNS).sort());
    expect(trianglesOf(columns)).toEqual({ current, desired });
  });

  it("reads a position with any column missing as not placed, without touching the other one", () => {
    const columns = { ...triangleColumnsOf({ current, desired }), currentParticipation: null };
    expect(trianglesOf(columns)).toEqual({ current: null, desired });
  });

  it("writes null columns for a position not placed yet (a draft)", () => {
    expect(triangleColumnsOf({ current: null, desired })).toMatchObject({
      currentExpertise: null,
      currentRepresentation: null,
      currentParticipation: null,
      desiredExpertise: 200,
    });
  });
});
