// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FRESH_RENDER_PATIENCE_MS, FreshAfterOwnChange } from "@/components/live/FreshAfterOwnChange";
import { LiveRefresh } from "@/components/live/LiveRefresh";
import { PositioningForm, type PositionSaveResult } from "@/components/workshop/PositioningForm";
import { MESSAGES, TIME_ZONE } from "@/i18n/messages";
import type { ActionResult } from "@/lib/action-result";
import { EMPTY_ANSWERS, type PositionAnswers } from "@/lib/schemas/workshop";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

const ANSWERS: PositionAnswers = {
  ...EMPTY_ANSWERS,
  current: { expertise: 600, representation: 300, participation: 100 },
  desired: { expertise: 300, representation: 300, participation: 400 },
};

/** A participant page as the router shows it: rendered by the server at `renderedAt`. */
function page(renderedAt: number) {
  return render(<LiveRefresh stampUrl="/atelier/etat" intervalMs={60_000} renderedAt={renderedAt} />);
}

/** The positioning form's place on the page, as FreshAfterOwnChange guards it. */
function freshForm(renderedAt: number) {
  return (
    <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
      <FreshAfterOwnChange renderedAt={renderedAt}>
        <p>Le formulaire</p>
      </FreshAfterOwnChange>
    </NextIntlClientProvider>
  );
}

async function confirmAnswers(savedAt: Date) {
  const submit = vi.fn(async (): Promise<ActionResult<PositionSaveResult>> => ({
    ok: true,
    data: { status: "submitted", submittedAt: savedAt, savedAt },
  }));
  const form = render(
    <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
      <PositioningForm
        mode="participant"
        backupKey="own-change"
        initial={{ answers: ANSWERS, status: "draft", submittedAt: null }}
        names={{ expertise: "E", representation: "R", participation: "P" }}
        descriptions={{ expertise: "E.", representation: "R.", participation: "P." }}
        readOnlyReason={null}
        saveDraft={submit}
        submit={submit}
      />
    </NextIntlClientProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: /Écart et conditions/ }));
  fireEvent.click(screen.getByRole("button", { name: "Je confirme mes réponses" }));
  await screen.findByText(/C'est fait : vos réponses sont confirmées/);
  expect(submit).toHaveBeenCalledTimes(1);
  form.unmount();
}

beforeEach(() => {
  refresh.mockClear();
  window.localStorage.clear();
  vi.stubGlobal(
    "fetch",
    vi.fn(
      async () => new Response(JSON.stringify({ stamp: "same" }), { headers: { "Content-Type": "application/json" } }),
    ),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// The confirmation no longer makes Next.js render the page again in its reply (issue 18):
// a page the router restores from its cache (Back) must not show the state before it.
describe("LiveRefresh after the person's own confirmation", () => {
  it("leaves a page alone while the person changed nothing", async () => {
    page(Date.now() - 60_000);
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(refresh).not.toHaveBeenCalled();
  });

  it("renders again, once, a page rendered before the confirmation when it reappears (Back)", async () => {
    const before = Date.now() - 1000;
    await confirmAnswers(new Date(before + 500));
    const { rerender } = page(before);
    expect(refresh).toHaveBeenCalledTimes(1);
    // The refreshed render is newer than the confirmation: no second refresh.
    rerender(<LiveRefresh stampUrl="/atelier/etat" intervalMs={60_000} renderedAt={before + 800} />);
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("leaves alone a page the server rendered after the confirmation (a link, a reload)", async () => {
    const savedAt = new Date(Date.now() + 10_000);
    await confirmAnswers(savedAt);
    page(savedAt.getTime() + 1);
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(refresh).not.toHaveBeenCalled();
  });

  it("shows the positioning form restored by Forward only once a render newer than the confirmation arrived", async () => {
    // Later than the changes of the tests above (the last change is kept per tab, for the page).
    const before = Date.now() + 100_000;
    await confirmAnswers(new Date(before + 500));
    const { rerender } = render(freshForm(before));
    expect(screen.queryByText("Le formulaire")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Mise à jour de vos réponses…");
    rerender(freshForm(before + 800));
    expect(screen.getByText("Le formulaire")).toBeTruthy();
    cleanup();
    // Mounted fresh: shown at once, and a later live render does not hide it.
    const fresh = render(freshForm(before + 900));
    expect(screen.getByText("Le formulaire")).toBeTruthy();
    fresh.rerender(freshForm(before + 900));
    expect(screen.getByText("Le formulaire")).toBeTruthy();
  });

  it("says the form is being updated, then offers a reload when no newer render comes (no connection)", async () => {
    const before = Date.now() + 200_000;
    await confirmAnswers(new Date(before + 500));
    vi.useFakeTimers();
    try {
      render(freshForm(before));
      expect(screen.getByRole("status").textContent).toBe("Mise à jour de vos réponses…");
      expect(screen.queryByRole("alert")).toBeNull();
      act(() => vi.advanceTimersByTime(FRESH_RENDER_PATIENCE_MS));
      expect(screen.getByRole("alert").textContent).toContain("Rien n'est perdu");
      expect(screen.getByRole("button", { name: "Recharger la page" })).toBeTruthy();
      expect(screen.queryByText("Le formulaire")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
