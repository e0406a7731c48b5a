"use server";
import { redirect } from "next/navigation";
import { firstAccountSchema } from "@/lib/schemas/auth";
import { defineAction } from "@/server/actions/define-action";
import { issueLoginTicket } from "@/server/auth/login-tickets";
import { signIn } from "@/server/auth/next-auth";
import { createFirstFacilitator } from "@/server/facilitators/create-first-facilitator";
import { assertNotLimited, recordFailure } from "@/server/rate-limit";

export const createFirstFacilitatorAction = defineAction(
  "createFirstFacilitator",
  firstAccountSchema,
  async (input, { ip }) => {
    await assertNotLimited([["firstAccountPerIp", ip]]);
    let facilitatorId: string;
    try {
      ({ facilitatorId } = await createFirstFacilitator({
        name: input.name,
        email: input.email,
        password: input.password,
      }));
    } catch (error) {
      await recordFailure([["firstAccountPerIp", ip]]);
      throw error;
    }
    await signIn("ticket", { ticket: await issueLoginTicket({ kind: "facilitator", facilitatorId }), redirect: false });
    redirect("/demarches");
  },
);
