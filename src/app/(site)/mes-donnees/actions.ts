"use server";
import { revalidatePath } from "next/cache";
import { renameSchema, withdrawSchema } from "@/lib/schemas/privacy";
import { defineAction } from "@/server/actions/define-action";
import { signOut } from "@/server/auth/next-auth";
import { renameParticipant } from "@/server/privacy/rename-participant";
import { withdrawParticipant } from "@/server/privacy/withdraw-participant";

export const renameMeAction = defineAction("renameMe", renameSchema, async (input, { viewer }) => {
  await renameParticipant(viewer, input);
  revalidatePath("/mes-donnees");
  return null;
});

export const withdrawMeAction = defineAction("withdrawMe", withdrawSchema, async (_input, { viewer }) => {
  const outcome = await withdrawParticipant(viewer);
  // The server-side session is already gone; this clears the cookie too.
  await signOut({ redirect: false });
  return outcome;
});
