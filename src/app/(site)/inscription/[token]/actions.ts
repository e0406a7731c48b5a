"use server";
import { redirect } from "next/navigation";
import { acceptAccountInvitationSchema } from "@/lib/schemas/accounts";
import { defineAction } from "@/server/actions/define-action";
import { issueLoginTicket } from "@/server/auth/login-tickets";
import { signIn } from "@/server/auth/next-auth";
import { acceptAccountInvitation } from "@/server/facilitators/accept-account-invitation";

export const acceptAccountInvitationAction = defineAction(
  "acceptAccountInvitation",
  acceptAccountInvitationSchema,
  async (input, { ip }) => {
    const { facilitatorId } = await acceptAccountInvitation({
      token: input.token,
      name: input.name,
      email: input.email,
      password: input.password,
      ip,
    });
    await signIn("ticket", { ticket: await issueLoginTicket({ kind: "facilitator", facilitatorId }), redirect: false });
    redirect("/demarches");
  },
);
