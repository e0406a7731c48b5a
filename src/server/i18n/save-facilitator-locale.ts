import "server-only";
import type { Locale } from "@/i18n/locales";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";

/**
 * Stores a signed-in facilitator's interface language on their own account,
 * so it follows them to another device. Anyone else's choice lives only in
 * their browser's cookie: nothing is written for them. The account is the
 * session's, never an id from the browser.
 */
export async function saveFacilitatorLocale(viewer: Viewer, locale: Locale): Promise<void> {
  if (viewer.kind !== "facilitator") return;
  await db.facilitator.update({ where: { id: viewer.facilitatorId }, data: { locale } });
}
