import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";
import { homePositionState } from "@/lib/participant-home";

const messages = MESSAGES.fr.participantWorkshop as Record<string, unknown>;
const text = (key: string) => String(messages[key]);
const submittedAt = new Date("2026-03-01T15:00:00Z");

describe("Mon espace: the sentence about a participant's own answers", () => {
  it("says confirmed answers can still be changed while the workshop is open", () => {
    const state = homePositionState({ status: "submitted", submittedAt, started: true, editRefusal: null });
    expect(text(state.key)).toMatch(/encore les modifier/);
  });

  it.each(["notInAteliers", "workshopClosed"])(
    "never says the answers can still be changed when changes are refused (%s)",
    (editRefusal) => {
      for (const status of ["submitted", "draft"] as const) {
        const state = homePositionState({ status, submittedAt, started: true, editRefusal });
        expect(text(state.key)).not.toMatch(/modifier|pourrez/);
      }
    },
  );

  it("says a started but unconfirmed positioning does not count once it is locked", () => {
    const state = homePositionState({
      status: "draft",
      submittedAt: null,
      started: true,
      editRefusal: "workshopClosed",
    });
    expect(text(state.key)).toMatch(/ne compte pas/);
  });
});
