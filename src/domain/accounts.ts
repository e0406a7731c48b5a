/**
 * The instance's accounts (decision 020). An administrateur.trice manages
 * who has an account; it gives no access to anyone's démarches.
 */
export const ROLES = ["accompagnateur", "administrateur"] as const;
export type Role = (typeof ROLES)[number];
export const ADMIN_ROLE: Role = "administrateur";

export const ACCOUNT_LINK_KINDS = ["invitation", "reset"] as const;
export type AccountLinkKind = (typeof ACCOUNT_LINK_KINDS)[number];

/** An invitation to open an account is valid seven days; a password reset, one day. */
export const ACCOUNT_LINK_LIFETIME_MS: Record<AccountLinkKind, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  reset: 24 * 60 * 60 * 1000,
};

/** Where each kind of link leads, under the instance's address. */
export const ACCOUNT_LINK_PATH: Record<AccountLinkKind, string> = {
  invitation: "/inscription",
  reset: "/nouveau-mot-de-passe",
};

export type AccountLinkState = "valid" | "used" | "expired" | "revoked";

/** Whether a link can still be used, and if not why (the page says so). */
export function accountLinkState(
  link: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): AccountLinkState {
  if (link.usedAt) return "used";
  if (link.revokedAt) return "revoked";
  if (link.expiresAt <= now) return "expired";
  return "valid";
}
