import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { sha256 } from "@/server/secrets";

export type ReportLinkRefusal = "unknown" | "revoked" | "expired";

/**
 * Turns a report-link token into the read-only viewer it stands for. Holding
 * a live link is the authorisation, for this one démarche's report only.
 */
export async function openReportLink(
  token: string,
  now: Date = new Date(),
): Promise<{ ok: true; viewer: Extract<Viewer, { kind: "report-link" }> } | { ok: false; reason: ReportLinkRefusal }> {
  // Real tokens are 43 characters; anything far off is not worth a lookup.
  if (!token || token.length > 200) return { ok: false, reason: "unknown" };
  const link = await db.reportLink.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, demarcheId: true, expiresAt: true, revokedAt: true },
  });
  if (!link) return { ok: false, reason: "unknown" };
  if (link.revokedAt) return { ok: false, reason: "revoked" };
  if (link.expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true, viewer: { kind: "report-link", reportLinkId: link.id, demarcheId: link.demarcheId } };
}
