import "server-only";
import QRCode from "qrcode";
import { ACCOUNT_LINK_LIFETIME_MS, ACCOUNT_LINK_PATH, type AccountLinkKind } from "@/domain/accounts";
import { baseUrl } from "@/lib/instance";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { type LimitName, recordFailure } from "@/server/rate-limit";
import { randomToken, sha256 } from "@/server/secrets";

/** What the administrateur.trice is shown once, to copy or to scan: the token itself is never stored. */
export type IssuedAccountLink = { linkId: string; link: string; qrSvg: string; expiresAt: string };

export function accountLinkUrl(kind: AccountLinkKind, token: string): string {
  return new URL(`${ACCOUNT_LINK_PATH[kind]}/${encodeURIComponent(token)}`, baseUrl()).toString();
}

/** Creates a one-time link: a 256-bit token, stored as its SHA-256 only (decision 020). */
export async function createAccountLink(
  tx: Tx,
  data: { kind: AccountLinkKind; issuedById: string; facilitatorId?: string; label?: string },
  now: Date,
): Promise<IssuedAccountLink> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + ACCOUNT_LINK_LIFETIME_MS[data.kind]);
  const row = await tx.accountLink.create({
    data: {
      kind: data.kind,
      tokenHash: sha256(token),
      issuedById: data.issuedById,
      facilitatorId: data.facilitatorId ?? null,
      label: data.label ?? null,
      expiresAt,
      createdAt: now,
    },
    select: { id: true },
  });
  const link = accountLinkUrl(data.kind, token);
  return {
    linkId: row.id,
    link,
    qrSvg: await QRCode.toString(link, { type: "svg", errorCorrectionLevel: "M", margin: 0 }),
    expiresAt: expiresAt.toISOString(),
  };
}

/**
 * Marks a link used, if it is still usable, in one statement: two requests
 * with the same token cannot both use it. Returns the row, or null.
 */
export async function consumeAccountLink(tx: Tx, kind: AccountLinkKind, token: string, now: Date) {
  const tokenHash = sha256(token);
  const { count } = await tx.accountLink.updateMany({
    where: { tokenHash, kind, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  return tx.accountLink.findUniqueOrThrow({
    where: { tokenHash },
    select: { id: true, facilitatorId: true, issuedById: true },
  });
}

/**
 * A token that opens nothing (unknown, used, expired, cancelled, of the other
 * kind) counts against the address's failure budgets, like a wrong code or
 * password, and gets the same answer whatever the reason (decision 020).
 */
export const accountLinkBudgets = (ip: string): [LimitName, string][] => [
  ["accountLinkPerIp15min", ip],
  ["accountLinkPerIpDay", ip],
];

export async function refuseAccountLink(ip: string, kind: AccountLinkKind): Promise<never> {
  await recordFailure(accountLinkBudgets(ip));
  log.warn({ event: "account-link.refused", kind, ip }, "account link refused");
  throw new AppError("NOT_FOUND", "accountLinkUnusable");
}
