import "server-only";
import { retentionChangeRefusal } from "@/domain/lifecycle";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireOpenDemarche } from "@/server/demarches/demarche-access";
import { AppError } from "@/server/errors";

export type ChangeRetentionInput = { demarcheId: string; retentionMonths: number };

/**
 * Changes how long identifying data is kept after closure (decision 021):
 * freely until someone joins, then only shorter, never past what the people
 * who joined read before consenting. Audited with both values.
 */
export async function changeRetention(
  viewer: Viewer,
  input: ChangeRetentionInput,
): Promise<{ retentionMonths: number }> {
  return db.$transaction(async (tx) => {
    const { demarche } = await requireOpenDemarche(viewer, input.demarcheId, tx);
    const row = await tx.demarche.findUniqueOrThrow({
      where: { id: demarche.id },
      select: { retentionMonths: true, _count: { select: { participants: true } } },
    });
    const refusal = retentionChangeRefusal({
      current: row.retentionMonths,
      next: input.retentionMonths,
      someoneJoined: row._count.participants > 0,
    });
    if (refusal) {
      throw new AppError("VALIDATION", `lifecycle.${refusal}`, {
        fieldErrors: { retentionMonths: `lifecycle.${refusal}` },
      });
    }
    if (row.retentionMonths !== input.retentionMonths) {
      await tx.demarche.update({ where: { id: demarche.id }, data: { retentionMonths: input.retentionMonths } });
      await recordAudit(
        viewer,
        {
          demarcheId: demarche.id,
          action: "demarche.retention",
          entityType: "Demarche",
          entityId: demarche.id,
          detail: { from: row.retentionMonths, to: input.retentionMonths },
        },
        tx,
      );
    }
    return { retentionMonths: input.retentionMonths };
  });
}
