"use server";
import { revalidatePath } from "next/cache";
import { engagementTextSchema } from "@/lib/schemas/demarches";
import { defineAction } from "@/server/actions/define-action";
import { publishEngagementText } from "@/server/demarches/publish-engagement-text";

export const publishEngagementTextAction = defineAction(
  "publishEngagementText",
  engagementTextSchema,
  async (input, { viewer }) => {
    const result = await publishEngagementText(viewer, input);
    revalidatePath("/demarches/[demarcheId]", "layout");
    return result;
  },
);
