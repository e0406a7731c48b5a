"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { codeSchema } from "@/lib/schemas/auth";
import { localeSchema } from "@/lib/schemas/locale";
import { defineAction } from "@/server/actions/define-action";
import { signIn, signOut } from "@/server/auth/next-auth";
import { getRequestContext } from "@/server/auth/request-context";
import { revokeSessionRecord } from "@/server/auth/session-records";
import { saveFacilitatorLocale } from "@/server/i18n/save-facilitator-locale";
import { resolveCode } from "@/server/participants/resolve-code";

/** Ends the session on the server first, so the cookie is useless even if kept. */
export async function signOutAction(): Promise<void> {
  const { viewer } = await getRequestContext();
  if (viewer.kind === "facilitator" || viewer.kind === "participant") await revokeSessionRecord(viewer.sessionId);
  await signOut({ redirect: false });
  redirect("/");
}

/** A code typed on the home page: a group invitation, or a participant's return code. */
export const enterCodeAction = defineAction("enterCode", codeSchema, async ({ code }, { ip }) => {
  const resolution = await resolveCode({ code, ip });
  if (resolution.kind === "invitation") redirect(`/rejoindre/${encodeURIComponent(resolution.token)}`);
  await signIn("ticket", { ticket: resolution.ticket, redirect: false });
  redirect("/atelier");
});

/**
 * The language switch (decision 024): kept in this browser's cookie for
 * everyone, and on the account of a signed-in facilitator. The page
 * refreshes itself afterwards.
 */
export const setLocaleAction = defineAction("setLocale", localeSchema, async ({ locale }, { viewer }) => {
  await saveFacilitatorLocale(viewer, locale);
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
  return { locale };
});
