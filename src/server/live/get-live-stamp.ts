import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator, requireParticipant } from "@/server/authz";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";

/**
 * A short « version » of what a page in the room shows, so that open pages
 * (a projector, the facilitator's atelier page, participants' phones) can ask
 * every 2 s whether anything changed and reload only then (decision 015).
 * Cheap on purpose: a few indexed reads of dates and counts, no content.
 * Works with any number of app processes on one database (nothing is kept
 * in memory here).
 */

/**
 * For a participant's pages: the démarche's phase (Demarche.updatedAt) and
 * its groups' workshop state (closed, released: Group.updatedAt). Always the
 * viewer's own démarche, whatever the browser asks.
 */
export async function getParticipantStamp(viewer: Viewer): Promise<string> {
  const participant = requireParticipant(viewer);
  const [demarche, groups] = await Promise.all([
    db.demarche.findUnique({ where: { id: participant.demarcheId }, select: { updatedAt: true } }),
    db.group.aggregate({ where: { demarcheId: participant.demarcheId }, _max: { updatedAt: true }, _count: true }),
  ]);
  if (!demarche) throw notFound();
  return [demarche.updatedAt.getTime(), groups._max.updatedAt?.getTime() ?? 0, groups._count].join(".");
}

/**
 * For the facilitator's atelier page and the projected views: the above, plus
 * the confirmed answers (their count and the latest confirmation), so a
 * confirmation shows on the projector without anyone reloading.
 */
export async function getDemarcheStamp(viewer: Viewer, demarcheId: string): Promise<string> {
  await requireDemarcheFacilitator(viewer, demarcheId, db);
  const [demarche, groups, confirmed] = await Promise.all([
    db.demarche.findUnique({ where: { id: demarcheId }, select: { updatedAt: true } }),
    db.group.aggregate({ where: { demarcheId }, _max: { updatedAt: true }, _count: true }),
    db.position.aggregate({
      where: { demarcheId, status: "submitted" },
      _max: { submittedAt: true },
      _count: true,
    }),
  ]);
  if (!demarche) throw notFound();
  return [
    demarche.updatedAt.getTime(),
    groups._max.updatedAt?.getTime() ?? 0,
    groups._count,
    confirmed._max.submittedAt?.getTime() ?? 0,
    confirmed._count,
  ].join(".");
}
