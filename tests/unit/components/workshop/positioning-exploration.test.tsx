// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PositioningForm, type PositionSaveResult } from "@/components/workshop/PositioningForm";
import { MESSAGES, TIME_ZONE } from "@/i18n/messages";
import type { ActionResult } from "@/lib/action-result";
import { EMPTY_ANSWERS } from "@/lib/schemas/workshop";

const NAMES = {
  expertise: "Mandat d'expertise",
  representation: "Mandat de représentation",
  participation: "Mandat de participation",
};
const NONE = { expertise: "", representation: "", participation: "" };
const BOTH = {
  ...EMPTY_ANSWERS,
  current: { expertise: 600, representation: 300, participation: 100 },
  desired: { expertise: 200, representation: 300, participation: 500 },
};

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe("PositioningForm in a private exploration (decision 022)", () => {
  it("prompts at each step like an accompagnateur.trice, and confirms with the exploration's own words", async () => {
    const submit = vi.fn(async (): Promise<ActionResult<PositionSaveResult>> => ({
      ok: true,
      data: { status: "submitted", submittedAt: new Date(), savedAt: new Date() },
    }));
    render(
      <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
        <PositioningForm
          mode="participant"
          backupKey="exploration-test"
          initial={{ answers: BOTH, status: "draft", submittedAt: null }}
          names={NAMES}
          descriptions={NONE}
          readOnlyReason={null}
          saveDraft={async () => ({ ok: true, data: { status: "draft", submittedAt: null, savedAt: new Date() } })}
          submit={submit}
          exploration={{
            confirmHelp: "Aide de l'exploration.",
            confirmLabel: "Voir mon résumé",
            prompts: { 1: <p>Pourquoi là? Un exemple?</p>, 2: <p>Et demain?</p>, 3: <p>{"Qu'est-ce qui aide?"}</p> },
            afterConfirm: <p>La suite.</p>,
          }}
        />
      </NextIntlClientProvider>,
    );
    // Arrives at step 3 (both positions placed): its prompt, not the others'.
    expect(screen.getByText("Qu'est-ce qui aide?")).toBeTruthy();
    expect(screen.queryByText("Pourquoi là? Un exemple?")).toBeNull();
    expect(screen.getByText("Aide de l'exploration.")).toBeTruthy();
    // Nothing about a group or an atelier to close.
    expect(screen.queryByText(/fermeture de l'atelier/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Retour : Position désirée" }));
    expect(screen.getByText("Et demain?")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Retour : Position actuelle" }));
    expect(screen.getByText("Pourquoi là? Un exemple?")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Suivant : Position désirée" }));
    fireEvent.click(screen.getByRole("button", { name: "Suivant : Écart et conditions" }));
    fireEvent.click(screen.getByRole("button", { name: "Voir mon résumé" }));
    expect(await screen.findByText("La suite.")).toBeTruthy();
    expect(submit).toHaveBeenCalledTimes(1);
  });
});
