import { describe, expect, it } from "vitest";
import { formatDuration } from "../../../scripts/lib/stages.mjs";

// The stage times `npm test` prints at its end, which the closing notes and CI read.
describe("a stage's printed duration", () => {
  it("gives tenths of a second under a minute, then minutes and two-digit seconds", () => {
    expect(formatDuration(42_340)).toBe("42.3 s");
    expect(formatDuration(65_000)).toBe("1 min 05 s");
    expect(formatDuration(1_096_000)).toBe("18 min 16 s");
  });

  it("carries a rounded-up 60 seconds into the minutes, never « 2 min 60 s » or « 60.0 s »", () => {
    // Seen in a fresh run: 179.6 s printed as « 2 min 60 s ».
    expect(formatDuration(179_600)).toBe("3 min 00 s");
    expect(formatDuration(59_970)).toBe("1 min 00 s");
    expect(formatDuration(59_940)).toBe("59.9 s");
  });
});
