import "server-only";
import { buildReportModel } from "@/domain/report-model";
import { reactionRefusal } from "@/domain/report-rules";
import { authorRole } from "@/domain/vocabulary";
import type { Viewer } from "@/server/auth/viewer";
import { requireParticipant } from "@/server/authz";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { loadReportSource } from "@/server/report/load-report-source";

/**
 * What every participant sees once the CA has published its report: the
 * CA's introduction, each plenary piste with its answer, and the groups'
 * reactions; plus their own group's reaction, which they may edit during the
 * follow-up. Before publication: only that it is not published yet.
 */
export async function getFollowUp(viewer: Viewer, now: Date = new Date()) {
  const participant = requireParticipant(viewer);
  const source = await loadReportSource(participant.demarcheId, now, db);
  if (source === null) throw notFound();
  const own = await db.group.findUnique({
    where: { id: participant.groupId },
    select: {
      id: true,
      label: true,
      reaction: { select: { text: true, updatedAt: true } },
      reactionVersions: { orderBy: { createdAt: "desc" }, select: { text: true, writtenBy: true, createdAt: true } },
    },
  });
  if (!own) throw notFound();
  const demarche = {
    name: source.demarche.name,
    organisationName: source.demarche.organisationName,
    phase: source.demarche.phase,
  };
  const publishedAt = source.caReport?.publishedAt ?? null;
  if (publishedAt === null) return { published: false as const, demarche };

  const model = buildReportModel(source);
  return {
    published: true as const,
    demarche,
    publishedAt,
    summary: model.caReport?.summary ?? "",
    pistes: model.pistes,
    reactions: model.reactions,
    ownGroup: {
      id: own.id,
      label: own.label,
      // The group's own members always see what their group wrote.
      reaction: own.reaction?.text ?? "",
      updatedAt: own.reaction?.updatedAt ?? null,
      // Every version the group submitted, newest first; roles only. Other
      // groups see the latest version (model.reactions), never the history.
      history: own.reactionVersions.map((v) => ({
        text: v.text,
        writtenBy: authorRole(v.writtenBy, "member"),
        createdAt: v.createdAt,
      })),
      refusal: reactionRefusal(source.demarche.phase, true),
    },
  };
}
