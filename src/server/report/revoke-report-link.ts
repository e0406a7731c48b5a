import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator, requireFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";

/** Revokes a report link at once; allowed in every phase, closed démarches included (it only removes access). */
export async function revokeReportLink(viewer: Viewer, input: { linkId: string }, now: Date = new Date()) {
  requireFacilitator(viewer);
  const link = await db.reportLink.findUnique({
    where: { id: input.linkId },
    select: { id: true, demarcheId: true, revokedAt: true },
  });
  if (!link) throw notFound();
  await requireDemarcheFacilitator(viewer, link.demarcheId, db);
  if (link.revokedAt) return { revokedAt: link.revokedAt };
  return db.$transaction(async (tx) => {
    await tx.reportLink.update({ where: { id: link.id }, data: { revokedAt: now } });
    await recordAudit(
      viewer,
      { demarcheId: link.demarcheId, action: "report-link.revoke", entityType: "ReportLink", entityId: link.id },
      tx,
    );
    return { revokedAt: now };
  });
}
