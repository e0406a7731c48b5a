"use server";
import { revalidatePath } from "next/cache";
import {
  accountIdSchema,
  accountLinkIdSchema,
  inviteColleagueSchema,
  setAccountDisabledSchema,
} from "@/lib/schemas/accounts";
import { defineAction } from "@/server/actions/define-action";
import { handOverAdministration } from "@/server/facilitators/hand-over-administration";
import { inviteColleague } from "@/server/facilitators/invite-colleague";
import { issuePasswordReset } from "@/server/facilitators/issue-password-reset";
import { revokeAccountLink } from "@/server/facilitators/revoke-account-link";
import { setAccountDisabled } from "@/server/facilitators/set-account-disabled";

export const inviteColleagueAction = defineAction(
  "inviteColleague",
  inviteColleagueSchema,
  async (input, { viewer }) => {
    const issued = await inviteColleague(viewer, input);
    revalidatePath("/equipe");
    return issued;
  },
);

export const revokeAccountLinkAction = defineAction(
  "revokeAccountLink",
  accountLinkIdSchema,
  async (input, { viewer }) => {
    await revokeAccountLink(viewer, input);
    revalidatePath("/equipe");
    return null;
  },
);

export const setAccountDisabledAction = defineAction(
  "setAccountDisabled",
  setAccountDisabledSchema,
  async (input, { viewer }) => {
    await setAccountDisabled(viewer, input);
    revalidatePath("/equipe");
    return null;
  },
);

export const issuePasswordResetAction = defineAction("issuePasswordReset", accountIdSchema, async (input, { viewer }) =>
  issuePasswordReset(viewer, input),
);

export const handOverAdministrationAction = defineAction(
  "handOverAdministration",
  accountIdSchema,
  async (input, { viewer }) => {
    await handOverAdministration(viewer, input);
    revalidatePath("/equipe");
    return null;
  },
);
