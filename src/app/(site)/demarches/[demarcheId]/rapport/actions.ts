"use server";
import { revalidatePath } from "next/cache";
import { baseUrl } from "@/lib/instance";
import { reportLinkIdSchema, reportLinkSchema } from "@/lib/schemas/report";
import { defineAction } from "@/server/actions/define-action";
import { createReportLink } from "@/server/report/create-report-link";
import { revokeReportLink } from "@/server/report/revoke-report-link";

const PAGE = "/demarches/[demarcheId]/rapport";

export const createReportLinkAction = defineAction("createReportLink", reportLinkSchema, async (input, { viewer }) => {
  const { token } = await createReportLink(viewer, input);
  revalidatePath(PAGE, "page");
  return { url: new URL(`/r/${token}`, baseUrl()).toString() };
});

export const revokeReportLinkAction = defineAction(
  "revokeReportLink",
  reportLinkIdSchema,
  async (input, { viewer }) => {
    await revokeReportLink(viewer, input);
    revalidatePath(PAGE, "page");
    return null;
  },
);
