import "server-only";
import { caAnswerRefusal } from "@/domain/report-rules";
import type { CaDecision } from "@/domain/vocabulary";
import { localDateTime } from "@/lib/local-time";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError, notFound, unauthenticated } from "@/server/errors";
import { authorizeCaBoard } from "@/server/ca/authorize-ca-board";

export type CaAnswerInput = {
  pisteId: string;
  decision: CaDecision;
  reasons: string;
  responsible: string;
  /** Local date "YYYY-MM-DD" or "". */
  dueDate: string;
  /** The CA meeting that adopted the answer: local date "YYYY-MM-DD" or "", and its resolution number or "". */
  adoptedOn?: string;
  resolution?: string;
};

/** The CA's answer to one plenary piste: retenue, à l'étude or non retenue, with reasons (and, if retained, who and by when). */
export async function recordCaAnswer(viewer: Viewer, input: CaAnswerInput): Promise<void> {
  if (viewer.kind === "anonymous") throw unauthenticated();
  const piste = await db.piste.findUnique({
    where: { id: input.pisteId },
    select: { id: true, demarcheId: true, groupId: true },
  });
  if (!piste || piste.groupId !== null) throw notFound();
  const board = await authorizeCaBoard(viewer, piste.demarcheId);
  const refusal = caAnswerRefusal(board.phase);
  if (refusal) throw new AppError("INVALID_STATE", `report.${refusal}`);

  const retained = input.decision === "retenue";
  const data = {
    decision: input.decision,
    reasons: input.reasons,
    // Who and by when belong to a retained piste only.
    responsible: retained ? input.responsible : "",
    dueDate: retained && input.dueDate ? localDateTime(input.dueDate, "12:00") : null,
    adoptedOn: input.adoptedOn ? localDateTime(input.adoptedOn, "12:00") : null,
    resolution: input.resolution ?? "",
    answeredBy: board.answeredBy,
  };
  await db.$transaction(async (tx) => {
    await tx.caAnswer.upsert({ where: { pisteId: piste.id }, create: { pisteId: piste.id, ...data }, update: data });
    await recordAudit(
      viewer,
      {
        demarcheId: piste.demarcheId,
        action: "ca.answer",
        entityType: "Piste",
        entityId: piste.id,
        detail: { decision: input.decision },
      },
      tx,
    );
  });
}
