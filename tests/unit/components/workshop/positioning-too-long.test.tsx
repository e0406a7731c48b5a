// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PositioningForm, type PositionSaveResult } from "@/components/workshop/PositioningForm";
import { stepInputFrom } from "@/domain/position-input";
import { MESSAGES, TIME_ZONE } from "@/i18n/messages";
import type { ActionResult } from "@/lib/action-result";
import { EMPTY_ANSWERS, type PositionAnswers } from "@/lib/schemas/workshop";

/**
 * Someone pastes a huge text (2 MB) into a « pourquoi »: the form keeps all
 * of it, says next to the field, in French, that it is too long, and sends
 * nothing until it is shortened (the server would refuse it: decision 014).
 */

const HUGE = "Mon chef me harcèle. ".repeat(100_000); // 2.1 million characters
const WHY_LABEL = "Pourquoi avez-vous choisi cette position?";

type Save = (answers: PositionAnswers) => Promise<ActionResult<PositionSaveResult>>;

function setup(initial: PositionAnswers = EMPTY_ANSWERS) {
  const saveDraft = vi.fn<Save>(async () => ({
    ok: true,
    data: { status: "draft", submittedAt: null, savedAt: new Date() },
  }));
  const submit = vi.fn<Save>(async () => ({
    ok: true,
    data: { status: "submitted", submittedAt: new Date(), savedAt: new Date() },
  }));
  render(
    <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
      <PositioningForm
        mode="participant"
        backupKey="too-long"
        initial={{ answers: initial, status: "draft", submittedAt: null }}
        names={{ expertise: "Expertise", representation: "Représentation", participation: "Participation" }}
        descriptions={{ expertise: "E.", representation: "R.", participation: "P." }}
        readOnlyReason={null}
        saveDraft={saveDraft}
        submit={submit}
      />
    </NextIntlClientProvider>,
  );
  return { saveDraft, submit };
}

const sentTexts = (fn: ReturnType<typeof setup>["saveDraft"]) =>
  fn.mock.calls.flatMap(([answers]) => [answers.currentWhy, answers.conditionsHinder]);

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe("a text pasted beyond the limit", () => {
  it("is kept whole, said too long next to its field in French, and not sent until shortened", async () => {
    const { saveDraft } = setup();
    const field = screen.getByLabelText(WHY_LABEL) as HTMLTextAreaElement;
    // A browser cuts a paste at maxLength, silently: the field must not have one.
    expect(field.maxLength).toBe(-1);
    fireEvent.change(field, { target: { value: HUGE } });

    expect(field.value).toBe(HUGE);
    const error = document.getElementById(field.getAttribute("aria-describedby")!.split(" ").at(-1)!)!;
    expect(error.textContent).toMatch(/^Ce texte compte 2\s100\s000 caractères, pour un maximum de 2\s000\./);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("autosave-status").textContent).toMatch(/Pas encore enregistré : un texte est trop long/);

    // Shortened, it is saved, and the message goes; the huge text was never sent.
    fireEvent.change(field, { target: { value: "Mon chef me harcèle." } });
    await waitFor(() => expect(saveDraft).toHaveBeenCalled(), { timeout: 4000 });
    expect(saveDraft.mock.calls.at(-1)![0].currentWhy).toBe("Mon chef me harcèle.");
    expect(sentTexts(saveDraft)).not.toContain(HUGE);
    expect(field.getAttribute("aria-invalid")).toBeNull();
  });

  it("found again in the browser's backup after a reload, is said too long and not sent", async () => {
    window.localStorage.setItem(
      "regards-croises:too-long",
      JSON.stringify({
        v: 1,
        step: 1,
        values: {
          ...EMPTY_ANSWERS,
          current: stepInputFrom(null),
          desired: stepInputFrom(null),
          currentWhy: HUGE,
        },
      }),
    );
    const { saveDraft } = setup();
    const field = screen.getByLabelText(WHY_LABEL) as HTMLTextAreaElement;
    expect(field.value).toBe(HUGE);
    expect(await screen.findByText(/^Ce texte compte 2\s100\s000 caractères/)).toBeTruthy();
    expect(screen.getByTestId("autosave-status").textContent).toMatch(/un texte est trop long/);
    expect(sentTexts(saveDraft)).not.toContain(HUGE);
  });

  it("cannot be confirmed: the form says why, keeps the text, and sends nothing", async () => {
    const both = {
      ...EMPTY_ANSWERS,
      current: { expertise: 500, representation: 300, participation: 200 },
      desired: { expertise: 300, representation: 300, participation: 400 },
    };
    const { saveDraft, submit } = setup(both);
    // With both positions placed, the form opens on step 3.
    const field = screen.getByLabelText(
      "Qu'est-ce qui entrave le passage vers la position désirée?",
    ) as HTMLTextAreaElement;
    fireEvent.change(field, { target: { value: HUGE } });
    fireEvent.click(screen.getByRole("button", { name: "Je confirme mes réponses" }));

    expect(await screen.findByText(/Un texte est trop long pour être confirmé/)).toBeTruthy();
    expect(screen.getAllByText(/Ce texte compte 2\s100\s000 caractères/)).toHaveLength(1);
    expect(field.value).toBe(HUGE);
    expect(submit).not.toHaveBeenCalled();
    expect(sentTexts(saveDraft)).not.toContain(HUGE);
  });
});
