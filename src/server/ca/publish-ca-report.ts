import "server-only";
import { caPublishRefusal } from "@/domain/report-rules";
import type { Viewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit";
import { authorizeCaBoard } from "@/server/ca/authorize-ca-board";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * Publishes the rapport des délégué.e.s du CA to every participant of the
 * démarche, once each plenary piste has an answer. Publishing again keeps
 * the first date: answers edited later show their own date. Who published
 * is kept as a reference; every reader sees only the role (« un.e délégué.e
 * du CA » or « l'accompagnateur.trice, au nom du CA »).
 */
export async function publishCaReport(
  viewer: Viewer,
  input: { demarcheId: string },
  now: Date = new Date(),
): Promise<{ publishedAt: Date }> {
  const board = await authorizeCaBoard(viewer, input.demarcheId);
  const refusal = caPublishRefusal(board.phase);
  if (refusal) throw new AppError("INVALID_STATE", `report.${refusal}`);
  if (board.publishedAt) return { publishedAt: board.publishedAt };

  const [pistes, unanswered] = await Promise.all([
    db.piste.count({ where: { demarcheId: input.demarcheId, groupId: null } }),
    db.piste.count({ where: { demarcheId: input.demarcheId, groupId: null, answer: null } }),
  ]);
  if (pistes === 0) throw new AppError("INVALID_STATE", "report.noPistes");
  if (unanswered > 0) throw new AppError("INVALID_STATE", "report.unanswered", { params: { count: unanswered } });

  return db.$transaction(async (tx) => {
    await tx.caReport.upsert({
      where: { demarcheId: input.demarcheId },
      create: { demarcheId: input.demarcheId, publishedAt: now, publishedBy: board.answeredBy },
      update: { publishedAt: now, publishedBy: board.answeredBy },
    });
    await recordAudit(
      viewer,
      { demarcheId: input.demarcheId, action: "ca.publish", entityType: "CaReport", entityId: input.demarcheId },
      tx,
    );
    return { publishedAt: now };
  });
}
