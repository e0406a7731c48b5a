"use server";
import { redirect } from "next/navigation";
import { changePasswordSchema, emptySchema } from "@/lib/schemas/accounts";
import { defineAction } from "@/server/actions/define-action";
import { signOut } from "@/server/auth/next-auth";
import { changeOwnPassword } from "@/server/facilitators/change-own-password";
import { signOutEverywhere } from "@/server/facilitators/sign-out-everywhere";

export const changePasswordAction = defineAction(
  "changePassword",
  changePasswordSchema,
  async (input, { viewer, ip }) => {
    await changeOwnPassword(viewer, { currentPassword: input.currentPassword, password: input.password, ip });
    return null;
  },
);

/** Every session of the account ends on the server; this browser's cookie is cleared too. */
export const signOutEverywhereAction = defineAction("signOutEverywhere", emptySchema, async (_input, { viewer }) => {
  await signOutEverywhere(viewer);
  await signOut({ redirect: false });
  redirect("/connexion");
});
