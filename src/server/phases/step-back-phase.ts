import "server-only";
import { checkStepBack } from "@/domain/phases";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireOpenDemarche } from "@/server/demarches/demarche-access";
import { AppError } from "@/server/errors";
import { loadPhaseSnapshot } from "@/server/phases/load-phase-snapshot";

/**
 * Returns to the previous phase when nothing depends on the current one yet
 * (only ateliers → préparation; docs/decisions/005-phase-transitions.md).
 */
export async function stepBackPhase(
  viewer: Viewer,
  input: { demarcheId: string; from: Phase },
): Promise<{ phase: Phase }> {
  return db.$transaction(async (tx) => {
    const { demarche } = await requireOpenDemarche(viewer, input.demarcheId, tx);
    if (demarche.phase !== input.from) throw new AppError("CONFLICT", "setup.phaseChanged");
    const check = checkStepBack(await loadPhaseSnapshot(demarche.id, tx));
    if (!check.allowed || !check.to) throw new AppError("INVALID_STATE", "setup.stepBackBlocked");
    await tx.demarche.update({ where: { id: demarche.id }, data: { phase: check.to } });
    await recordAudit(
      viewer,
      {
        demarcheId: demarche.id,
        action: "phase.step-back",
        entityType: "Demarche",
        entityId: demarche.id,
        detail: { from: check.from, to: check.to },
      },
      tx,
    );
    return { phase: check.to };
  });
}
