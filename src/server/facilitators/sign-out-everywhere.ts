import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireFacilitator, revokeSessionsOf } from "@/server/facilitators/account-access";

/** Ends every session of the caller's account, this one included. */
export async function signOutEverywhere(viewer: Viewer, now: Date = new Date()): Promise<void> {
  const me = requireFacilitator(viewer);
  await db.$transaction(async (tx) => {
    await revokeSessionsOf(tx, me.facilitatorId, now);
    await recordAudit(
      viewer,
      {
        demarcheId: null,
        action: "account.sign-out-everywhere",
        entityType: "Facilitator",
        entityId: me.facilitatorId,
      },
      tx,
    );
  });
}
