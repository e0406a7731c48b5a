import "server-only";
import { accountLinkState, type AccountLinkKind, type AccountLinkState } from "@/domain/accounts";
import { db } from "@/server/db";
import { sha256 } from "@/server/secrets";

/** What a link's page shows before anything is typed: whether it still opens something (decision 020). */
export async function describeAccountLink(
  kind: AccountLinkKind,
  token: string,
  now: Date = new Date(),
): Promise<AccountLinkState | "unknown"> {
  const row = await db.accountLink.findUnique({
    where: { tokenHash: sha256(token) },
    select: {
      kind: true,
      usedAt: true,
      revokedAt: true,
      expiresAt: true,
      facilitator: { select: { disabledAt: true } },
    },
  });
  if (!row || row.kind !== kind) return "unknown";
  if (kind === "reset" && row.facilitator?.disabledAt) return "revoked";
  return accountLinkState(row, now);
}
