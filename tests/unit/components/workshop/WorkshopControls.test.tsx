// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import { WorkshopControls } from "@/components/workshop/group-step/WorkshopControls";
import { MESSAGES, TIME_ZONE } from "@/i18n/messages";

const ok = async () => ({ ok: true as const, data: null });

function openReleaseDialog(belowMinimum: boolean) {
  render(
    <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
      <WorkshopControls
        groupId="g1"
        groupLabel="Administrateur.trice.s du CA"
        phase="ateliers"
        workshopClosedAt={null}
        releasedAt={null}
        belowMinimum={belowMinimum}
        actions={{ close: ok, reopen: ok, release: ok, undoRelease: ok }}
      />
    </NextIntlClientProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Partager les résultats avec la plénière" }));
  return screen.getByRole("dialog");
}

afterEach(cleanup);

describe("the release dialog says what the other groups will see", () => {
  it("a group with enough answers: its position, conditions and pistes", () => {
    const dialog = openReleaseDialog(false);
    expect(dialog.textContent).toContain("verront la position du groupe");
  });

  it("a group under the minimum: only the count, never a promise that its position will be seen", () => {
    const dialog = openReleaseDialog(true);
    expect(dialog.textContent).not.toContain("verront la position du groupe");
    expect(dialog.textContent).toContain("seulement le nombre de réponses");
  });
});
