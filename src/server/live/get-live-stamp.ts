import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator, requireSignedInParticipant } from "@/server/authz";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { COUNTED_MEMBER } from "@/server/workshops/group-figures";

/**
 * A short « version » of what a page in the room shows, so that open pages
 * (a projector, the facilitator's atelier page, participants' phones) can ask
 * every 2 s whether anything changed and reload only then (decision 015).
 * Cheap on purpose: a few indexed reads of dates and counts, no content.
 * Works with any number of app processes on one database (nothing is kept
 * in memory here).
 */

/** What a person still waiting for admission polls: says nothing of the group or the démarche. */
export const WAITING_STAMP = "waiting";

/**
 * For a participant's pages: the démarche's phase (Demarche.updatedAt) and
 * its groups' workshop state (closed, released: Group.updatedAt). Always the
 * viewer's own démarche, whatever the browser asks. Someone still waiting to
 * be admitted (decision 013) gets a fixed stamp, which changes to the real
 * one once they are admitted: their waiting page then opens by itself.
 */
export async function getParticipantStamp(viewer: Viewer): Promise<string> {
  const participant = requireSignedInParticipant(viewer);
  if (!participant.admitted) return WAITING_STAMP;
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
 * confirmation shows on the projector without anyone reloading, and the
 * people (how many joined, how many are admitted and present), so someone
 * arriving shows on the admission card and an admission, which can let a
 * group's figures show (decision 013), reaches the projector.
 */
export async function getDemarcheStamp(viewer: Viewer, demarcheId: string): Promise<string> {
  await requireDemarcheFacilitator(viewer, demarcheId, db);
  const [demarche, groups, confirmed, joined, admitted] = await Promise.all([
    db.demarche.findUnique({ where: { id: demarcheId }, select: { updatedAt: true } }),
    db.group.aggregate({ where: { demarcheId }, _max: { updatedAt: true }, _count: true }),
    db.position.aggregate({
      where: { demarcheId, status: "submitted" },
      _max: { submittedAt: true },
      _count: true,
    }),
    db.participant.count({ where: { demarcheId } }),
    db.participant.count({ where: { demarcheId, ...COUNTED_MEMBER } }),
  ]);
  if (!demarche) throw notFound();
  return [
    demarche.updatedAt.getTime(),
    groups._max.updatedAt?.getTime() ?? 0,
    groups._count,
    confirmed._max.submittedAt?.getTime() ?? 0,
    confirmed._count,
    joined,
    admitted,
  ].join(".");
}
