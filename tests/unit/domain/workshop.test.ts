import { describe, expect, it } from "vitest";
import type { Phase } from "@/domain/vocabulary";
import { PHASES } from "@/domain/vocabulary";
import {
  anonymousTexts,
  groupStepRefusal,
  isGroupWorkShowable,
  paperParticipantRefusal,
  personalGap,
  positionEditRefusal,
  transitionRefusal,
  type WorkshopState,
} from "@/domain/workshop";

const T = new Date("2026-11-01T10:00:00Z");
const open = (phase: Phase = "ateliers"): WorkshopState => ({ phase, workshopClosedAt: null, releasedAt: null });
const closed = (phase: Phase = "ateliers"): WorkshopState => ({ phase, workshopClosedAt: T, releasedAt: null });
const released = (phase: Phase = "ateliers"): WorkshopState => ({ phase, workshopClosedAt: T, releasedAt: T });

describe("who may still change what", () => {
  it("positions change only during the ateliers, while the workshop is open", () => {
    expect(positionEditRefusal(open())).toBeNull();
    expect(positionEditRefusal(closed())).toBe("workshopClosed");
    for (const phase of PHASES.filter((p) => p !== "ateliers")) {
      expect(positionEditRefusal(open(phase))).toBe("notInAteliers");
    }
  });

  it("the group's synthesis changes during the ateliers until it is released, also once positions are closed", () => {
    expect(groupStepRefusal(open())).toBeNull();
    expect(groupStepRefusal(closed())).toBeNull();
    expect(groupStepRefusal(released())).toBe("released");
    expect(groupStepRefusal(open("mise_en_commun"))).toBe("notInAteliers");
  });

  it("a person without a device can be added before or during the ateliers, while the workshop is open", () => {
    expect(paperParticipantRefusal(open("preparation"))).toBeNull();
    expect(paperParticipantRefusal(open())).toBeNull();
    expect(paperParticipantRefusal(closed())).toBe("workshopClosed");
    expect(paperParticipantRefusal(open("mise_en_commun"))).toBe("phaseOver");
  });
});

describe("closing, reopening, releasing", () => {
  it("closes an open workshop and reopens a closed one, not the other way round", () => {
    expect(transitionRefusal("close", open())).toBeNull();
    expect(transitionRefusal("close", closed())).toBe("alreadyClosed");
    expect(transitionRefusal("reopen", closed())).toBeNull();
    expect(transitionRefusal("reopen", open())).toBe("notClosed");
  });

  it("does not reopen a released group: its results would move under the plenary", () => {
    expect(transitionRefusal("reopen", released())).toBe("releasedFirst");
  });

  it("releases once, during the ateliers or as the mise en commun opens", () => {
    expect(transitionRefusal("release", open())).toBeNull();
    expect(transitionRefusal("release", closed())).toBeNull();
    expect(transitionRefusal("release", released())).toBe("alreadyReleased");
    expect(transitionRefusal("release", closed("mise_en_commun"))).toBeNull();
    expect(transitionRefusal("release", closed("transmission_ca"))).toBe("notInAteliers");
    expect(transitionRefusal("release", open("preparation"))).toBe("notInAteliers");
  });

  it("undoes a release only before the mise en commun starts", () => {
    expect(transitionRefusal("undoRelease", released())).toBeNull();
    expect(transitionRefusal("undoRelease", released("mise_en_commun"))).toBe("plenaryStarted");
    expect(transitionRefusal("undoRelease", closed())).toBe("notReleased");
  });
});

describe("isGroupWorkShowable", () => {
  it("needs the group's minimum of confirmed answers, or of people at a paper atelier", () => {
    expect(isGroupWorkShowable(2, null, 3)).toBe(false);
    expect(isGroupWorkShowable(3, null, 3)).toBe(true);
    expect(isGroupWorkShowable(0, 4, 3)).toBe(true);
    expect(isGroupWorkShowable(1, 2, 3)).toBe(false);
  });
});

describe("anonymousTexts", () => {
  it("drops empty answers and trims the others", () => {
    expect(anonymousTexts(["  b ", "", "   ", "a"])).toEqual(["a", "b"]);
  });

  it("gives the same list whatever order people answered in", () => {
    const texts = ["Zoé a dit", "élan", "Avant", "apres", "Écoute", "10 ateliers", "9 ateliers"];
    const reversed = [...texts].reverse();
    expect(anonymousTexts(texts)).toEqual(anonymousTexts(reversed));
    expect(anonymousTexts(texts)).toEqual([
      "9 ateliers",
      "10 ateliers",
      "apres",
      "Avant",
      "Écoute",
      "élan",
      "Zoé a dit",
    ]);
  });
});

describe("personalGap", () => {
  it("is the synthesis' distance, with its default threshold for the orientation", () => {
    const a = { expertise: 0.6, representation: 0.2, participation: 0.2 };
    const b = { expertise: 0.3, representation: 0.3, participation: 0.4 };
    // sqrt((0.09 + 0.01 + 0.04) / 2)
    expect(personalGap(a, b).gap).toBeCloseTo(Math.sqrt(0.07), 12);
    expect(personalGap(a, b).orientation).toBe("changer-de-cap");
    expect(personalGap(a, a)).toEqual({ gap: 0, orientation: "consolider" });
  });
});
