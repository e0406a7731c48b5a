import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireAdministrator } from "@/server/facilitators/account-access";
import { createAccountLink, type IssuedAccountLink } from "@/server/facilitators/account-links";

/**
 * An administrateur.trice invites a colleague: a one-time link, valid seven
 * days, shown once to copy or scan (no mail server is assumed). Whoever
 * opens it chooses their name, email and password (decision 020).
 */
export async function inviteColleague(
  viewer: Viewer,
  input: { label: string },
  now: Date = new Date(),
): Promise<IssuedAccountLink> {
  return db.$transaction(async (tx) => {
    const admin = await requireAdministrator(viewer, tx);
    const issued = await createAccountLink(
      tx,
      { kind: "invitation", issuedById: admin.facilitatorId, label: input.label },
      now,
    );
    await recordAudit(
      viewer,
      { demarcheId: null, action: "account.invite", entityType: "AccountLink", entityId: issued.linkId },
      tx,
    );
    return issued;
  });
}
