import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { requireAdministrator } from "@/server/facilitators/account-access";

/** Cancels an unused invitation or reset link: it then opens nothing. */
export async function revokeAccountLink(viewer: Viewer, input: { linkId: string }, now: Date = new Date()) {
  await db.$transaction(async (tx) => {
    await requireAdministrator(viewer, tx);
    const { count } = await tx.accountLink.updateMany({
      where: { id: input.linkId, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count !== 1) throw new AppError("NOT_FOUND", "accountLinkNotFound");
    await recordAudit(
      viewer,
      { demarcheId: null, action: "account.link-revoke", entityType: "AccountLink", entityId: input.linkId },
      tx,
    );
  });
}
