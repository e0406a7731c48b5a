"use server";
import { redirect } from "next/navigation";
import { signInSchema } from "@/lib/schemas/auth";
import { defineAction } from "@/server/actions/define-action";
import { signIn } from "@/server/auth/next-auth";
import { authenticateFacilitator } from "@/server/facilitators/authenticate-facilitator";

export const signInFacilitatorAction = defineAction("signInFacilitator", signInSchema, async (input, { ip }) => {
  const ticket = await authenticateFacilitator({ email: input.email, password: input.password, ip });
  await signIn("ticket", { ticket, redirect: false });
  redirect("/demarches");
});
