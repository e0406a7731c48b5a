import "server-only";
import { REPORT_LINK_DEFAULT_DAYS, reportLinkCreateRefusal } from "@/domain/report-rules";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { requireDemarcheFacilitator } from "@/server/authz";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { randomToken, seal, sha256 } from "@/server/secrets";

const DAY_MS = 86_400_000;

/**
 * A read-only link to the CA report, for board members who have no account
 * or no device in the room. The token (256 bits) is stored as its SHA-256
 * digest for lookup and sealed so the facilitator can copy the link again.
 */
export async function createReportLink(
  viewer: Viewer,
  input: { demarcheId: string; label: string; expiresInDays?: number },
  now: Date = new Date(),
): Promise<{ linkId: string; token: string; expiresAt: Date }> {
  const facilitator = await requireDemarcheFacilitator(viewer, input.demarcheId, db);
  const demarche = await db.demarche.findUnique({ where: { id: input.demarcheId }, select: { phase: true } });
  if (!demarche) throw notFound();
  const refusal = reportLinkCreateRefusal(demarche.phase as Phase);
  if (refusal) throw new AppError("INVALID_STATE", `report.${refusal}`);

  const token = randomToken();
  const expiresAt = new Date(now.getTime() + (input.expiresInDays ?? REPORT_LINK_DEFAULT_DAYS) * DAY_MS);
  return db.$transaction(async (tx) => {
    const link = await tx.reportLink.create({
      data: {
        demarcheId: input.demarcheId,
        label: input.label,
        tokenHash: sha256(token),
        tokenSealed: seal(token),
        expiresAt,
        createdById: facilitator.facilitatorId,
      },
      select: { id: true },
    });
    await recordAudit(
      viewer,
      {
        demarcheId: input.demarcheId,
        action: "report-link.create",
        entityType: "ReportLink",
        entityId: link.id,
        detail: { expiresAt: expiresAt.toISOString() },
      },
      tx,
    );
    return { linkId: link.id, token, expiresAt };
  });
}
