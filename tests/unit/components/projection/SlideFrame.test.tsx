// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SlideFrame } from "@/components/projection/SlideFrame";
import { MESSAGES, TIME_ZONE } from "@/i18n/messages";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh }) }));

afterEach(cleanup);

describe("a projected slide (decision 024)", () => {
  it("offers the language switch in its navigation, next to the way out", async () => {
    const action = vi.fn(async ({ locale }: { locale: "fr" | "en" }) => ({ ok: true as const, data: { locale } }));
    render(
      <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
        <SlideFrame
          title="Intervenant.e.s"
          previousHref={null}
          nextHref={null}
          exitHref="/demarches/d1/ateliers/g1"
          labels={{
            nav: "Diapositives",
            previous: "Précédente",
            next: "Suivante",
            exit: "Quitter",
            counter: "1 sur 1",
            keys: "",
          }}
          languageSwitch={<LanguageSwitch action={action} />}
        >
          <p>Contenu</p>
        </SlideFrame>
      </NextIntlClientProvider>,
    );
    const nav = screen.getByRole("navigation", { name: "Diapositives" });
    const english = within(nav).getByRole("button", { name: "English" });
    expect(english.getAttribute("lang")).toBe("en-CA");
    expect(within(nav).getByRole("link", { name: "Quitter" })).toBeTruthy();
    fireEvent.click(english);
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(action).toHaveBeenCalledWith({ locale: "en" });
  });
});
