import { describe, expect, it } from "vitest";
import {
  EXPLORATION_KEEP_DAYS,
  explorationExpiry,
  isExplorationOpen,
  SHARED_FIGURES_MIN,
  sharedDisclosure,
  sharedFigures,
} from "@/domain/exploration";
import { mayShowGroupFigures } from "@/domain/group-disclosure";

const p = (e: number, r: number, a: number) => ({ expertise: e, representation: r, participation: a });
const response = (i: number) => ({ current: p(0.5, 0.3 - i * 0.05, 0.2 + i * 0.05), desired: p(0.2, 0.3, 0.5) });
const closed = { closed: true, figuresWithdrawn: false };

describe("how long an exploration is kept", () => {
  it("is deleted 30 days after its creation, and cannot be opened from that moment", () => {
    const created = new Date("2026-12-07T10:00:00Z");
    const expiry = explorationExpiry(created);
    expect(EXPLORATION_KEEP_DAYS).toBe(30);
    expect(expiry.toISOString()).toBe("2027-01-06T10:00:00.000Z");
    expect(isExplorationOpen(expiry, new Date(expiry.getTime() - 1))).toBe(true);
    expect(isExplorationOpen(expiry, expiry)).toBe(false);
  });
});

describe("the colleagues' shared view follows the ateliers' rule for a group's members", () => {
  it("needs the same count as a group's members in an atelier (4)", () => {
    expect(SHARED_FIGURES_MIN).toBe(4);
    for (const n of [0, 1, 2, 3, 4, 5, 12]) expect(mayShowGroupFigures(sharedDisclosure(n, closed))).toBe(n >= 4);
  });

  it("shows nothing while the answering is open, however many answered", () => {
    const open = { closed: false, figuresWithdrawn: false };
    expect(sharedFigures([0, 1, 2, 3, 4].map(response), open)).toBeNull();
  });

  it("shows nothing under 4 confirmed answers, even closed", () => {
    expect(sharedFigures([0, 1, 2].map(response), closed)).toBeNull();
  });

  it("gives the mean positions, the spread and the gap from 4 answers once closed", () => {
    const figures = sharedFigures([0, 1, 2, 3].map(response), closed);
    expect(figures?.n).toBe(4);
    expect(figures?.current?.expertise).toBeCloseTo(0.5, 9);
    expect(figures?.current?.representation).toBeCloseTo(0.225, 9);
    expect(figures?.desired).toEqual(p(0.2, 0.3, 0.5));
    expect(figures?.dispersion?.desired).toBeCloseTo(0, 9);
    expect(figures?.gap).toBeGreaterThan(0.2);
    expect(figures?.orientation).toBe("changer-de-cap");
  });

  it("shows nothing any more once someone erased their answers after the close", () => {
    expect(sharedFigures([0, 1, 2, 3, 4].map(response), { closed: true, figuresWithdrawn: true })).toBeNull();
  });
});
