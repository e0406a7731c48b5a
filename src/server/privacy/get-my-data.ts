import "server-only";
import type { Viewer } from "@/server/auth/viewer";
import { requireSignedInParticipant } from "@/server/authz";
import { db } from "@/server/db";
import { notFound } from "@/server/errors";
import { POSITION_ANSWERS_SELECT } from "@/server/positions/position-access";
import { trianglesOf } from "@/server/positions/triangle-columns";

/**
 * Everything stored about the participant who asks (Law 25: access and
 * portability). Only their own rows; nothing about anyone else.
 */
export async function getMyData(viewer: Viewer) {
  const me = requireSignedInParticipant(viewer);
  const row = await db.participant.findUnique({
    where: { id: me.participantId },
    select: {
      displayName: true,
      joinedAt: true,
      addedByFacilitator: true,
      group: { select: { label: true } },
      demarche: {
        select: {
          name: true,
          withdrawalPolicy: true,
          retentionMonths: true,
          privacyOfficerName: true,
          privacyOfficerContact: true,
          organisation: { select: { name: true } },
        },
      },
      consents: {
        orderBy: { givenAt: "asc" },
        select: {
          purpose: true,
          givenAt: true,
          withdrawnAt: true,
          engagementText: { select: { version: true, body: true } },
        },
      },
      position: { select: POSITION_ANSWERS_SELECT },
      attendances: { select: { present: true, meeting: { select: { title: true, startsAt: true } } } },
    },
  });
  if (!row) throw notFound();
  const { position } = row;
  const triangles = position ? trianglesOf(position) : null;

  return {
    displayName: row.displayName,
    joinedAt: row.joinedAt,
    addedByFacilitator: row.addedByFacilitator,
    group: row.group.label,
    demarche: row.demarche.name,
    organisation: row.demarche.organisation.name,
    privacyOfficer: { name: row.demarche.privacyOfficerName, contact: row.demarche.privacyOfficerContact },
    withdrawalPolicy: row.demarche.withdrawalPolicy,
    retentionMonths: row.demarche.retentionMonths,
    consents: row.consents.map((c) => ({
      purpose: c.purpose,
      givenAt: c.givenAt,
      withdrawnAt: c.withdrawnAt,
      textVersion: c.engagementText.version,
      text: c.engagementText.body,
    })),
    position: position
      ? {
          /** Per-mille weights (sum 1000). */
          current: triangles?.current ?? null,
          currentWhy: position.currentWhy,
          currentExamples: position.currentExamples,
          desired: triangles?.desired ?? null,
          desiredWhy: position.desiredWhy,
          desiredExamples: position.desiredExamples,
          conditionsHinder: position.conditionsHinder,
          conditionsSupport: position.conditionsSupport,
          status: position.status,
          submittedAt: position.submittedAt,
          updatedAt: position.updatedAt,
          enteredByFacilitator: position.enteredById !== null,
          editedOnBehalfAt: position.editedOnBehalfAt,
        }
      : null,
    attendances: row.attendances.map((a) => ({
      meeting: a.meeting.title,
      startsAt: a.meeting.startsAt,
      present: a.present,
    })),
  };
}

export type MyData = Awaited<ReturnType<typeof getMyData>>;
