import "server-only";
import { caAnswerRefusal } from "@/domain/report-rules";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { authorizeCaBoard } from "@/server/ca/authorize-ca-board";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** The introduction of the rapport des délégué.e.s du CA (what the CA retained overall, how it will report back). */
export async function saveCaSummary(viewer: Viewer, input: { demarcheId: string; summary: string }): Promise<void> {
  const board = await authorizeCaBoard(viewer, input.demarcheId);
  const refusal = caAnswerRefusal(board.phase);
  if (refusal) throw new AppError("INVALID_STATE", `report.${refusal}`);
  await db.$transaction(async (tx) => {
    await tx.caReport.upsert({
      where: { demarcheId: input.demarcheId },
      create: { demarcheId: input.demarcheId, summary: input.summary },
      update: { summary: input.summary },
    });
    await recordAudit(
      viewer,
      { demarcheId: input.demarcheId, action: "ca.summary", entityType: "CaReport", entityId: input.demarcheId },
      tx,
    );
  });
}
