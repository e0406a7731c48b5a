import "server-only";
import { buildReportModel } from "@/domain/report-model";
import { boardMayRead, caAnswerRefusal, caPublishRefusal, reactionRefusal } from "@/domain/report-rules";
import type { Viewer } from "@/server/auth/viewer";
import { authorizeCaBoard } from "@/server/ca/authorize-ca-board";
import { db } from "@/server/db";
import { AppError, notFound } from "@/server/errors";
import { loadReportSource } from "@/server/report/load-report-source";
import { facilitatorNames } from "@/server/team/facilitator-names";

/**
 * What the CA's answering page needs: the plenary pistes with their answers,
 * the introduction, whether it can be published yet, and (for the
 * facilitator) each group's reaction, to type one in on a group's behalf.
 */
export async function getCaWorkspace(viewer: Viewer, demarcheId: string, now: Date = new Date()) {
  const board = await authorizeCaBoard(viewer, demarcheId);
  if (viewer.kind === "participant" && !boardMayRead(board.phase)) throw new AppError("INVALID_STATE", "report.notYet");
  const source = await loadReportSource(demarcheId, now, db);
  if (source === null) throw notFound();
  const model = buildReportModel(source);
  const published = board.publishedAt !== null;
  const unanswered = model.pistes.filter((p) => p.answer === null).length;

  const groups =
    viewer.kind === "facilitator"
      ? (
          await db.group.findMany({
            where: { demarcheId },
            orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
            select: { id: true, label: true, reaction: { select: { text: true, updatedAt: true } } },
          })
        ).map((g) => ({
          id: g.id,
          label: g.label,
          reaction: g.reaction?.text ?? "",
          updatedAt: g.reaction?.updatedAt ?? null,
        }))
      : [];

  // Which facilitator recorded each answer, for the démarche's facilitators
  // only (decision 021); an answer a board member gave is theirs, unnamed here.
  const answeredBy: Record<string, string> = {};
  if (viewer.kind === "facilitator") {
    const answers = await db.caAnswer.findMany({
      where: { piste: { demarcheId } },
      select: { pisteId: true, answeredBy: true },
    });
    const facilitatorOf = (a: { answeredBy: string }) =>
      a.answeredBy.startsWith("facilitator:") ? a.answeredBy.slice("facilitator:".length) : null;
    const names = await facilitatorNames(answers.map(facilitatorOf), db);
    for (const answer of answers) {
      const name = names.get(facilitatorOf(answer) ?? "");
      if (name) answeredBy[answer.pisteId] = name;
    }
  }

  return {
    demarche: model.demarche,
    answeredBy,
    pistes: model.pistes,
    summary: board.summary,
    publishedAt: board.publishedAt,
    unanswered,
    answerRefusal: caAnswerRefusal(board.phase),
    publishRefusal:
      caPublishRefusal(board.phase) ?? (model.pistes.length === 0 ? "noPistes" : unanswered > 0 ? "unanswered" : null),
    reactionRefusal: reactionRefusal(board.phase, published),
    groups,
  };
}
