import "server-only";
import { ADMIN_ROLE } from "@/domain/accounts";
import type { FacilitatorViewer, Viewer } from "@/server/auth/viewer";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";

/** A signed-in facilitator, whose account is still active (the session check already says so). */
export function requireFacilitator(viewer: Viewer): FacilitatorViewer {
  if (viewer.kind === "anonymous" || viewer.kind === "report-link")
    throw new AppError("UNAUTHENTICATED", "signInRequired");
  if (viewer.kind !== "facilitator") throw new AppError("FORBIDDEN", "forbidden");
  return viewer;
}

/**
 * The caller, when their account (loaded now, in this transaction) is an
 * active administrateur.trice's; FORBIDDEN otherwise (decision 020).
 */
export async function requireAdministrator(viewer: Viewer, tx: Tx): Promise<FacilitatorViewer> {
  const me = requireFacilitator(viewer);
  const row = await tx.facilitator.findUnique({
    where: { id: me.facilitatorId },
    select: { role: true, disabledAt: true },
  });
  if (!row || row.disabledAt) throw new AppError("UNAUTHENTICATED", "signInRequired");
  if (row.role !== ADMIN_ROLE) throw new AppError("FORBIDDEN", "adminOnly");
  return me;
}

/** Whether the signed-in caller is an administrateur.trice (for links in pages; actions check themselves). */
export async function isAdministrator(viewer: Viewer, tx: Tx): Promise<boolean> {
  if (viewer.kind !== "facilitator") return false;
  const row = await tx.facilitator.findUnique({ where: { id: viewer.facilitatorId }, select: { role: true } });
  return row?.role === ADMIN_ROLE;
}

/** An account of this instance, by id; NOT_FOUND when there is none. */
export async function loadAccount(tx: Tx, facilitatorId: string) {
  const row = await tx.facilitator.findUnique({
    where: { id: facilitatorId },
    select: { id: true, role: true, disabledAt: true, isDemo: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "accountNotFound");
  return row;
}

/**
 * The rule of decision 020: an instance always keeps at least one active
 * administrateur.trice. Called inside the transaction that would remove
 * one, after its change: the count sees the change.
 */
export async function assertAnAdministratorRemains(tx: Tx): Promise<void> {
  const active = await tx.facilitator.count({ where: { role: ADMIN_ROLE, disabledAt: null } });
  if (active < 1) throw new AppError("INVALID_STATE", "lastAdministrator");
}

/** Ends every session of an account at once (disabled, password reset, sign out everywhere). */
export async function revokeSessionsOf(tx: Tx, facilitatorId: string, now: Date, exceptSessionHash?: string) {
  await tx.authSession.updateMany({
    where: {
      facilitatorId,
      revokedAt: null,
      ...(exceptSessionHash ? { id: { not: exceptSessionHash } } : {}),
    },
    data: { revokedAt: now },
  });
  await tx.loginTicket.deleteMany({ where: { facilitatorId } });
}
