"use server";
import { redirect } from "next/navigation";
import { codeSchema } from "@/lib/schemas/auth";
import { defineAction } from "@/server/actions/define-action";
import { signIn, signOut } from "@/server/auth/next-auth";
import { getRequestContext } from "@/server/auth/request-context";
import { revokeSessionRecord } from "@/server/auth/session-records";
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
