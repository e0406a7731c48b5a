import "server-only";
import { hashPassword, verifyPassword } from "@/server/auth/passwords";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { requireFacilitator, revokeSessionsOf } from "@/server/facilitators/account-access";
import { assertNotLimited, clearFailures, type LimitName, recordFailure } from "@/server/rate-limit";
import { sha256 } from "@/server/secrets";

/**
 * What every accompagnateur.trice does with their own account (decision
 * 020): change the password (the current one required, its wrong guesses
 * counted in the sign-in budget of this account and address) and sign out
 * of every device.
 */
export async function changeOwnPassword(
  viewer: Viewer,
  input: { currentPassword: string; password: string; ip: string },
  now: Date = new Date(),
): Promise<void> {
  const me = requireFacilitator(viewer);
  const limits: [LimitName, string][] = [
    ["signInPerAccountIp", `${me.email}|${input.ip}`],
    ["signInPerIp", input.ip],
  ];
  await assertNotLimited(limits);
  const row = await db.facilitator.findUnique({
    where: { id: me.facilitatorId },
    select: { passwordHash: true, isDemo: true },
  });
  if (!row) throw new AppError("UNAUTHENTICATED", "signInRequired");
  if (row.isDemo) throw new AppError("INVALID_STATE", "demoAccount");
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await recordFailure(limits);
    throw new AppError("VALIDATION", "wrongPassword", { fieldErrors: { currentPassword: "wrongPassword" } });
  }
  await clearFailures(limits.slice(0, 1));
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.facilitator.update({ where: { id: me.facilitatorId }, data: { passwordHash } });
    // Other devices signed in with the old password are signed out; this one stays.
    await revokeSessionsOf(tx, me.facilitatorId, now, sha256(me.sessionId));
    await recordAudit(
      viewer,
      { demarcheId: null, action: "account.password-change", entityType: "Facilitator", entityId: me.facilitatorId },
      tx,
    );
  });
}
