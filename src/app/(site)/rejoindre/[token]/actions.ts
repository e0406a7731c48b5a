"use server";
import { joinSchema } from "@/lib/schemas/auth";
import { defineAction } from "@/server/actions/define-action";
import { deviceIdForJoin } from "@/server/auth/request-context";
import { signIn } from "@/server/auth/next-auth";
import { joinDemarche } from "@/server/participants/join-demarche";

/** Returns the personal return code to show once; the session cookie is set by the sign-in. */
export const joinDemarcheAction = defineAction("joinDemarche", joinSchema, async (input) => {
  const joined = await joinDemarche({
    token: input.token,
    displayName: input.displayName,
    acceptedEngagementTextId: input.engagementTextId,
    deviceId: await deviceIdForJoin(),
  });
  await signIn("ticket", { ticket: joined.ticket, redirect: false });
  return { returnCode: joined.returnCode };
});
