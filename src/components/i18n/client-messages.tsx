import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/i18n/messages";

export type MessageNamespace = keyof Messages;

/** What client components anywhere may use: dialogs ("common"), the error page ("errorPage", ErrorView) and form errors ("validation", useErrorText). */
export const SHARED_CLIENT_NAMESPACES = [
  "common",
  "errorPage",
  "validation",
] as const satisfies readonly MessageNamespace[];

/**
 * Hands the client components below it the messages of these namespaces
 * (plus the shared ones), and nothing else. Every message given to a client
 * provider is serialised into the page's HTML and into every render the
 * page receives; the whole catalogue is about 75 kB, of which a page's client
 * components use a few. The root layout gives the shared namespaces; a layout
 * or page whose client components use more wraps its content in its own
 * <ClientMessages> (providers do not merge: the nearest one wins).
 * tests/unit/i18n/client-messages.test.ts checks every page against the
 * namespaces its client components use.
 */
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: readonly MessageNamespace[];
  children: ReactNode;
}): Promise<ReactNode> {
  const all = (await getMessages()) as Messages;
  const picked: Partial<Messages> = {};
  for (const namespace of [...SHARED_CLIENT_NAMESPACES, ...namespaces]) {
    (picked as Record<string, unknown>)[namespace] = all[namespace];
  }
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
