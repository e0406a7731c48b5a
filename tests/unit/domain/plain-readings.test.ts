import { describe, expect, it } from "vitest";
import { dispersionReading, gapReading, verdictReading } from "@/domain/plain-readings";
import { translator } from "@/i18n/translator";

const t = translator();

describe("plain readings", () => {
  it("reads a gap of 0,24 as a moderate change, and the contract's thresholds as its boundaries", () => {
    expect(t(gapReading(0.24).key)).toBe("un changement modéré");
    expect(gapReading(0).level).toBe("none");
    expect(gapReading(0.1).level).toBe("small"); // consolidateMax: « consolider »
    expect(gapReading(0.11).level).toBe("moderate");
    expect(gapReading(0.3).level).toBe("large"); // divergence threshold
  });

  it("says whether a group's members agree or are split", () => {
    expect(t(dispersionReading(0.05).key)).toBe("les membres sont d'accord");
    expect(t(dispersionReading(0.12).key)).toBe("les membres sont plutôt d'accord");
    expect(t(dispersionReading(0.25).key)).toBe("les membres sont partagés");
  });

  it("has words for every verdict", () => {
    expect(["convergence", "nuance", "divergence"].map((v) => t(verdictReading(v as never).key))).toEqual([
      "des positions proches",
      "des positions un peu différentes",
      "des positions éloignées",
    ]);
  });
});
