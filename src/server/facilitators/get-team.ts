import "server-only";
import { ADMIN_ROLE, accountLinkState } from "@/domain/accounts";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { requireAdministrator } from "@/server/facilitators/account-access";

/**
 * The team page: the instance's accounts and the invitations not yet used.
 * Names, emails and roles only: an administrateur.trice does not see the
 * démarches they do not run (decision 020).
 */
export async function getTeam(viewer: Viewer, now: Date = new Date()) {
  const me = await requireAdministrator(viewer, db);
  const [accounts, invitations] = await Promise.all([
    db.facilitator.findMany({
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true, role: true, isDemo: true, disabledAt: true, createdAt: true },
    }),
    db.accountLink.findMany({
      where: { kind: "invitation", usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "asc" },
      select: { id: true, label: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true },
    }),
  ]);
  return {
    myId: me.facilitatorId,
    accounts: accounts.map((a) => ({ ...a, isAdministrator: a.role === ADMIN_ROLE, isMe: a.id === me.facilitatorId })),
    invitations: invitations
      .filter((i) => accountLinkState(i, now) === "valid")
      .map(({ id, label, createdAt, expiresAt }) => ({ id, label, createdAt, expiresAt })),
  };
}
