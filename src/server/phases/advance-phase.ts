import "server-only";
import { checkAdvance, OVERRIDE_REASON_MAX } from "@/domain/phases";
import type { Phase } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { requireOpenDemarche } from "@/server/demarches/demarche-access";
import { AppError } from "@/server/errors";
import { loadPhaseSnapshot } from "@/server/phases/load-phase-snapshot";

export type AdvancePhaseInput = { demarcheId: string; from: Phase; overrideReason?: string };

/**
 * Moves the démarche to its next phase when the rules allow it
 * (src/domain/phases.ts), or past blockers that may be overridden when the
 * facilitator gives a reason. The rules are checked again inside the
 * transaction, and the change, its blockers and the reason go to the audit.
 */
export async function advancePhase(viewer: Viewer, input: AdvancePhaseInput): Promise<{ phase: Phase }> {
  const reason = input.overrideReason?.trim() ?? "";
  return db.$transaction(async (tx) => {
    const { demarche } = await requireOpenDemarche(viewer, input.demarcheId, tx);
    if (reason.length > OVERRIDE_REASON_MAX) {
      throw new AppError("VALIDATION", "invalidInput", { fieldErrors: { overrideReason: "setup.reasonTooLong" } });
    }
    // The page showed another phase: someone (or another tab) moved it already.
    if (demarche.phase !== input.from) throw new AppError("CONFLICT", "setup.phaseChanged");

    const check = checkAdvance(await loadPhaseSnapshot(demarche.id, tx));
    if (!check.to) throw new AppError("INVALID_STATE", "setup.phaseBlocked");
    const overridden = !check.allowed;
    if (overridden) {
      if (!check.overridable) throw new AppError("INVALID_STATE", "setup.phaseBlocked");
      if (!reason) {
        throw new AppError("VALIDATION", "setup.overrideReasonRequired", {
          fieldErrors: { overrideReason: "setup.overrideReasonRequired" },
        });
      }
    }

    const now = new Date();
    await tx.demarche.update({
      where: { id: demarche.id },
      data: { phase: check.to, ...(check.to === "cloturee" ? { closedAt: now } : {}) },
    });
    await recordAudit(
      viewer,
      {
        demarcheId: demarche.id,
        action: "phase.change",
        entityType: "Demarche",
        entityId: demarche.id,
        detail: {
          from: check.from,
          to: check.to,
          warnings: check.warnings.map((w) => w.code),
          ...(overridden ? { override: { reason, blockers: check.blockers } } : {}),
        },
      },
      tx,
    );
    return { phase: check.to };
  });
}
