"use server";
import { redirect } from "next/navigation";
import { resetPasswordSchema } from "@/lib/schemas/accounts";
import { defineAction } from "@/server/actions/define-action";
import { issueLoginTicket } from "@/server/auth/login-tickets";
import { signIn } from "@/server/auth/next-auth";
import { resetPasswordWithLink } from "@/server/facilitators/reset-password-with-link";

export const resetPasswordAction = defineAction("resetPassword", resetPasswordSchema, async (input, { ip }) => {
  const { facilitatorId } = await resetPasswordWithLink({ token: input.token, password: input.password, ip });
  await signIn("ticket", { ticket: await issueLoginTicket({ kind: "facilitator", facilitatorId }), redirect: false });
  redirect("/demarches");
});
