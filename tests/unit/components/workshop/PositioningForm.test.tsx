// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PositioningForm, type PositionSaveResult } from "@/components/workshop/PositioningForm";
import { MESSAGES, TIME_ZONE } from "@/i18n/messages";
import type { ActionResult } from "@/lib/action-result";
import { EMPTY_ANSWERS, type PositionAnswers } from "@/lib/schemas/workshop";

const NAMES = {
  expertise: "Mandat d'expertise",
  representation: "Mandat de représentation",
  participation: "Mandat de participation",
};
const DESCRIPTIONS = { expertise: "E.", representation: "R.", participation: "P." };

function setup(initial: PositionAnswers = EMPTY_ANSWERS) {
  const saved: PositionAnswers[] = [];
  const saveDraft = vi.fn(async (answers: PositionAnswers): Promise<ActionResult<PositionSaveResult>> => {
    saved.push(answers);
    return { ok: true, data: { status: "draft", submittedAt: null, savedAt: new Date() } };
  });
  const submit = vi.fn(async (): Promise<ActionResult<PositionSaveResult>> => ({
    ok: true,
    data: { status: "submitted", submittedAt: new Date(), savedAt: new Date() },
  }));
  render(
    <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
      <PositioningForm
        mode="participant"
        backupKey="test"
        initial={{ answers: initial, status: "draft", submittedAt: null }}
        names={NAMES}
        descriptions={DESCRIPTIONS}
        readOnlyReason={null}
        saveDraft={saveDraft}
        submit={submit}
      />
    </NextIntlClientProvider>,
  );
  return { saved, saveDraft, submit };
}

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe("PositioningForm", () => {
  it("keeps each step's texts in their own field when moving between steps", async () => {
    setup();
    fireEvent.change(screen.getByLabelText("Pourquoi avez-vous choisi cette position?"), {
      target: { value: "Actuelle : parce que." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Suivant : Position désirée" }));
    const desiredWhy = screen.getByLabelText("Pourquoi souhaitez-vous aller vers cette position?");
    expect((desiredWhy as HTMLTextAreaElement).value).toBe("");
    fireEvent.change(desiredWhy, { target: { value: "Désirée : pour changer." } });
    fireEvent.click(screen.getByRole("button", { name: "Retour : Position actuelle" }));
    expect((screen.getByLabelText("Pourquoi avez-vous choisi cette position?") as HTMLTextAreaElement).value).toBe(
      "Actuelle : parce que.",
    );
  });

  it("shares 10 tokens with a live count, and stores exactly the tokens' value", async () => {
    const { saved } = setup();
    const expertise = screen.getByRole("spinbutton", { name: "Mandat d'expertise" });
    fireEvent.change(expertise, { target: { value: "6" } });
    expect(screen.getByText("4 jetons sur 10 restants.")).toBeTruthy();
    // Asking for more than what is left gives what is left.
    fireEvent.change(screen.getByRole("spinbutton", { name: "Mandat de participation" }), { target: { value: "9" } });
    expect(screen.getByText("Les 10 jetons sont placés.")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Ajouter un jeton : Mandat de représentation" }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    await waitFor(
      () => expect(saved.at(-1)?.current).toEqual({ expertise: 600, representation: 0, participation: 400 }),
      {
        timeout: 4000,
      },
    );
    expect(screen.getByTestId("autosave-status").textContent).toMatch(/Enregistré à/);
  });

  it("keeps what was typed in a browser backup until it is saved, and finds it again after a closed tab", async () => {
    let online = false;
    const saveDraft = vi.fn(async (): Promise<ActionResult<PositionSaveResult>> => {
      if (!online) throw new TypeError("Failed to fetch");
      return { ok: true, data: { status: "draft", submittedAt: null, savedAt: new Date() } };
    });
    const props = {
      mode: "participant" as const,
      backupKey: "closed-tab",
      initial: { answers: EMPTY_ANSWERS, status: "draft" as const, submittedAt: null },
      names: NAMES,
      descriptions: DESCRIPTIONS,
      readOnlyReason: null,
      saveDraft,
      submit: saveDraft,
    };
    const wrap = (node: React.ReactNode) => (
      <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
        {node}
      </NextIntlClientProvider>
    );
    const first = render(wrap(<PositioningForm {...props} />));
    fireEvent.change(screen.getByLabelText("Pourquoi avez-vous choisi cette position?"), {
      target: { value: "Tapé hors ligne." },
    });
    first.unmount();

    online = true;
    render(wrap(<PositioningForm {...props} />));
    expect(screen.getByText(/Des réponses tapées sur cet appareil/)).toBeTruthy();
    expect((screen.getByLabelText("Pourquoi avez-vous choisi cette position?") as HTMLTextAreaElement).value).toBe(
      "Tapé hors ligne.",
    );
    await act(async () => {
      await waitFor(
        () => expect(saveDraft).toHaveBeenLastCalledWith(expect.objectContaining({ currentWhy: "Tapé hors ligne." })),
        {
          timeout: 4000,
        },
      );
    });
    await waitFor(() => expect(window.localStorage.getItem("regards-croises:closed-tab")).toBeNull(), {
      timeout: 4000,
    });
  });

  it("refuses to confirm without both positions and says which step is missing", async () => {
    const { submit } = setup();
    fireEvent.click(screen.getByRole("button", { name: /Écart et conditions/ }));
    fireEvent.click(screen.getByRole("button", { name: "Je confirme mes réponses" }));
    await screen.findByText("Il manque une position pour confirmer.");
    expect(screen.getByRole("button", { name: "Placer la position actuelle (étape 1)" })).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });
  it("keeps what is being typed when the page re-renders live (decision 015), even when the workshop closes", async () => {
    // LiveRefresh's router.refresh() renders the page's server components again:
    // the form gets new props (a fresh `initial`, a read-only reason) and must not start over.
    const saveDraft = vi.fn(async (): Promise<ActionResult<PositionSaveResult>> => ({
      ok: false,
      code: "INVALID_STATE",
      message: "errors.workshopClosed",
      fieldErrors: {},
    }));
    const submit = vi.fn();
    const page = (readOnlyReason: string | null) => (
      <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
        <PositioningForm
          mode="participant"
          backupKey="live"
          initial={{ answers: { ...EMPTY_ANSWERS }, status: "draft", submittedAt: null }}
          names={NAMES}
          descriptions={DESCRIPTIONS}
          readOnlyReason={readOnlyReason}
          saveDraft={saveDraft}
          submit={submit}
        />
      </NextIntlClientProvider>
    );
    const { rerender } = render(page(null));
    const typed = "Parce que l'équipe décide presque tout, et je voudrais";
    fireEvent.change(screen.getByLabelText("Pourquoi avez-vous choisi cette position?"), { target: { value: typed } });
    rerender(page(null));
    expect((screen.getByLabelText("Pourquoi avez-vous choisi cette position?") as HTMLTextAreaElement).value).toBe(typed);
    rerender(page("L'atelier de votre groupe est fermé."));
    expect(screen.getByText("L'atelier de votre groupe est fermé.")).toBeTruthy();
    const field = screen.getByLabelText("Pourquoi avez-vous choisi cette position?") as HTMLTextAreaElement;
    expect(field.value).toBe(typed);
    expect(field.readOnly).toBe(true);
    rerender(page(null));
    expect((screen.getByLabelText("Pourquoi avez-vous choisi cette position?") as HTMLTextAreaElement).value).toBe(typed);
  });
});
