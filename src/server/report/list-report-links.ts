import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { unseal } from "@/server/secrets";

export type ReportLinkStatus = "active" | "expired" | "revoked";

/**
 * The démarche's report links for its facilitators, newest first. Only links
 * still usable are unsealed (to be copied again); the others show their
 * state and dates.
 */
export async function listReportLinks(viewer: Viewer, demarcheId: string, now: Date = new Date()) {
  await requireDemarcheFacilitator(viewer, demarcheId, db);
  const links = await db.reportLink.findMany({
    where: { demarcheId },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, tokenSealed: true, expiresAt: true, revokedAt: true, createdAt: true },
  });
  return links.map((link) => {
    const status: ReportLinkStatus = link.revokedAt ? "revoked" : link.expiresAt <= now ? "expired" : "active";
    return {
      id: link.id,
      label: link.label,
      status,
      token: status === "active" ? unseal(link.tokenSealed) : null,
      expiresAt: link.expiresAt,
      revokedAt: link.revokedAt,
      createdAt: link.createdAt,
    };
  });
}
