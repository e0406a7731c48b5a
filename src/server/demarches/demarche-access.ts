import "server-only";
import { isReadOnlyPhase } from "@/domain/phases";
import type { Phase } from "@/domain/vocabulary";
import type { FacilitatorViewer, Viewer } from "@/server/auth/viewer";
import { requireDemarcheFacilitator, requireFacilitator } from "@/server/authz";
import type { Tx } from "@/server/db";
import { AppError, notFound } from "@/server/errors";

/**
 * Guards shared by the facilitator's set-up functions. Each loads the row the
 * client named, then checks that the viewer runs *its* démarche (never
 * trusting a démarche id sent alongside). Participants get FORBIDDEN before
 * anything is looked up; another facilitator's rows are NOT_FOUND.
 */

export type DemarcheState = {
  id: string;
  phase: Phase;
  startDate: Date;
  endDate: Date;
  name: string;
  /** "intra-organisme" | "inter-organismes" (decision 023). */
  context: string;
};

const demarcheState = { id: true, phase: true, startDate: true, endDate: true, name: true, context: true } as const;

async function loadDemarche(demarcheId: string, client: Tx): Promise<DemarcheState> {
  const row = await client.demarche.findUnique({ where: { id: demarcheId }, select: demarcheState });
  if (!row) throw notFound();
  return { ...row, phase: row.phase as Phase };
}

function assertOpen(demarche: DemarcheState): void {
  // A closed démarche is a record: nobody changes it any more.
  if (isReadOnlyPhase(demarche.phase)) throw new AppError("INVALID_STATE", "setup.demarcheClosed");
}

/**
 * An inter-organismes démarche collects no individual answer and has exactly
 * its two workshops (decision 023): no invitation, no participant added by
 * hand, no extra group.
 */
export function assertIntraContext(demarche: DemarcheState): void {
  if (demarche.context === "inter-organismes") throw new AppError("INVALID_STATE", "inter.notForInter");
}

/** For reads: the viewer runs this démarche. */
export async function requireDemarcheForRead(
  viewer: Viewer,
  demarcheId: string,
  client: Tx,
): Promise<{ facilitator: FacilitatorViewer; demarche: DemarcheState }> {
  const facilitator = await requireDemarcheFacilitator(viewer, demarcheId, client);
  return { facilitator, demarche: await loadDemarche(demarcheId, client) };
}

/** For changes: the viewer runs this démarche and it is not closed. */
export async function requireOpenDemarche(
  viewer: Viewer,
  demarcheId: string,
  client: Tx,
): Promise<{ facilitator: FacilitatorViewer; demarche: DemarcheState }> {
  const found = await requireDemarcheForRead(viewer, demarcheId, client);
  assertOpen(found.demarche);
  return found;
}

/** Loads a group by id and checks the viewer runs its démarche. */
export async function requireGroupOfFacilitator(
  viewer: Viewer,
  groupId: string,
  client: Tx,
  options: { open?: boolean } = { open: true },
) {
  requireFacilitator(viewer);
  const group = await client.group.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      demarcheId: true,
      kind: true,
      label: true,
      minSize: true,
      sortOrder: true,
      workshopClosedAt: true,
      releasedAt: true,
    },
  });
  if (!group) throw notFound();
  const found =
    options.open === false
      ? await requireDemarcheForRead(viewer, group.demarcheId, client)
      : await requireOpenDemarche(viewer, group.demarcheId, client);
  return { ...found, group };
}

/** Loads a meeting by id and checks the viewer runs its démarche. */
export async function requireMeetingOfFacilitator(
  viewer: Viewer,
  meetingId: string,
  client: Tx,
  options: { open?: boolean } = { open: true },
) {
  requireFacilitator(viewer);
  const meeting = await client.meeting.findUnique({
    where: { id: meetingId },
    select: { id: true, demarcheId: true, kind: true, groupId: true, sortOrder: true, title: true, minutes: true },
  });
  if (!meeting) throw notFound();
  const found =
    options.open === false
      ? await requireDemarcheForRead(viewer, meeting.demarcheId, client)
      : await requireOpenDemarche(viewer, meeting.demarcheId, client);
  return { ...found, meeting };
}
