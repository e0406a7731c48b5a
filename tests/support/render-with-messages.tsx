import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MESSAGES, TIME_ZONE } from "@/i18n/messages";

/** Static HTML of a component that uses next-intl, with the French messages (as a page renders it). */
export function renderWithMessages(element: ReactElement): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="fr" messages={MESSAGES.fr} timeZone={TIME_ZONE}>
      {element}
    </NextIntlClientProvider>,
  );
}
