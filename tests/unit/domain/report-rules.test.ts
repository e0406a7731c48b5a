import { describe, expect, it } from "vitest";
import {
  boardMayRead,
  caAnswerRefusal,
  caPublishRefusal,
  pisteEditRefusal,
  reactionRefusal,
  reportLinkCreateRefusal,
} from "@/domain/report-rules";
import { PHASES, type Phase } from "@/domain/vocabulary";

const allowedIn = (rule: (phase: Phase) => string | null) => PHASES.filter((phase) => rule(phase) === null);

describe("report rules by phase", () => {
  it("pistes are recorded from the mise en commun until the CA publishes its answers", () => {
    expect(allowedIn((phase) => pisteEditRefusal(phase, false))).toEqual(["mise_en_commun", "transmission_ca"]);
    expect(pisteEditRefusal("transmission_ca", true)).toBe("published");
    expect(pisteEditRefusal("ateliers", false)).toBe("tooEarly");
    expect(pisteEditRefusal("suivi", false)).toBe("tooLate");
  });

  it("the CA answers and publishes while it holds the report and during the follow-up", () => {
    expect(allowedIn(caAnswerRefusal)).toEqual(["transmission_ca", "suivi"]);
    expect(allowedIn(caPublishRefusal)).toEqual(["transmission_ca", "suivi"]);
  });

  it("groups react during the follow-up, once the CA's report is published", () => {
    expect(allowedIn((phase) => reactionRefusal(phase, true))).toEqual(["suivi"]);
    expect(reactionRefusal("suivi", false)).toBe("notPublished");
    expect(reactionRefusal("transmission_ca", true)).toBe("tooEarly");
  });

  it("a closed démarche refuses every write with the same reason", () => {
    expect(pisteEditRefusal("cloturee", false)).toBe("closed");
    expect(caAnswerRefusal("cloturee")).toBe("closed");
    expect(caPublishRefusal("cloturee")).toBe("closed");
    expect(reactionRefusal("cloturee", true)).toBe("closed");
    expect(reportLinkCreateRefusal("cloturee")).toBe("closed");
  });

  it("the board reads the report once it is transmitted, also after closing", () => {
    expect(PHASES.filter(boardMayRead)).toEqual(["transmission_ca", "suivi", "cloturee"]);
    expect(allowedIn(reportLinkCreateRefusal)).toEqual(["mise_en_commun", "transmission_ca", "suivi"]);
  });
});
