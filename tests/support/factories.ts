import { randomUUID } from "node:crypto";
import { hashPassword } from "@/server/auth/passwords";
import { createSessionRecord } from "@/server/auth/session-records";
import { type FacilitatorViewer, type ParticipantViewer, viewerFromSessionId } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { createDemarche } from "@/server/demarches/create-demarche";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";
import { admitParticipant } from "@/server/participants/admit-participant";
import { joinDemarche } from "@/server/participants/join-demarche";
import type { Phase } from "@/domain/vocabulary";
import { EMPTY_ANSWERS, type PositionAnswers } from "@/lib/schemas/workshop";

/**
 * Factories for integration tests. They go through the real server functions
 * (the same ones the demo seed uses), so tests exercise what users do.
 */

export const PASSWORD = "mot-de-passe-solide";

export async function makeFacilitator(overrides: { email?: string; isDemo?: boolean } = {}) {
  return db.facilitator.create({
    data: {
      name: "Accompagnatrice Test",
      email: overrides.email ?? `acc-${randomUUID()}@example.org`,
      passwordHash: await hashPassword(PASSWORD),
      isDemo: overrides.isDemo ?? false,
    },
  });
}

export async function signInFacilitator(facilitatorId: string): Promise<FacilitatorViewer> {
  const viewer = await viewerFromSessionId(await createSessionRecord("facilitator", facilitatorId));
  if (viewer.kind !== "facilitator") throw new Error("expected a facilitator session");
  return viewer;
}

export async function makeFacilitatorViewer() {
  const facilitator = await makeFacilitator();
  return signInFacilitator(facilitator.id);
}

/** A démarche with its three default groups and an open invitation per group. */
export async function makeDemarche(viewer: FacilitatorViewer, name = "Démarche test") {
  const created = await createDemarche(viewer, {
    organisationName: "Organisme test",
    name,
    startDate: "2026-10-01",
    endDate: "2027-02-26",
  });
  const invitations = [];
  for (const group of created.groups) {
    invitations.push({
      group,
      ...(await createGroupInvitation(
        viewer,
        {
          demarcheId: created.demarcheId,
          groupId: group.id,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
        db,
      )),
    });
  }
  return { ...created, invitations };
}

export async function currentEngagementTextId(demarcheId: string) {
  const text = await db.engagementText.findFirstOrThrow({ where: { demarcheId }, orderBy: { version: "desc" } });
  return text.id;
}

/**
 * Joins through the invitation like a person would, is admitted by the
 * démarche's facilitator (decision 013; `admitted: false` leaves them
 * « en attente »), and signs in.
 */
export async function joinAs(
  token: string,
  demarcheId: string,
  displayName = "Participant.e",
  options: { admitted?: boolean } = {},
): Promise<ParticipantViewer> {
  const joined = await joinDemarche({
    token,
    displayName,
    acceptedEngagementTextId: await currentEngagementTextId(demarcheId),
  });
  if (options.admitted ?? true) await admitAsFacilitator(demarcheId, joined.participantId);
  const viewer = await viewerFromSessionId(await createSessionRecord("participant", joined.participantId));
  if (viewer.kind !== "participant") throw new Error("expected a participant session");
  return viewer;
}

/** The démarche's (first) facilitator admits someone waiting, through the real use case. */
export async function admitAsFacilitator(demarcheId: string, participantId: string) {
  const link = await db.demarcheFacilitator.findFirstOrThrow({ where: { demarcheId }, select: { facilitatorId: true } });
  await admitParticipant(await signInFacilitator(link.facilitatorId), { participantId });
}

// ─── Workshop (issue 6) ───────────────────────────────────────────────────────

/** Moves a démarche to a phase directly (phase transitions are another feature's; tests only need the state). */
export async function setPhase(demarcheId: string, phase: Phase) {
  await db.demarche.update({ where: { id: demarcheId }, data: { phase } });
}

/** Answers with both positions set, from (E, R, P) per-mille triples. */
export function answers(
  current: [number, number, number] | null,
  desired: [number, number, number] | null,
  texts: Partial<Omit<PositionAnswers, "current" | "desired">> = {},
): PositionAnswers {
  const triple = (t: [number, number, number] | null) =>
    t ? { expertise: t[0], representation: t[1], participation: t[2] } : null;
  return { ...EMPTY_ANSWERS, ...texts, current: triple(current), desired: triple(desired) };
}

/**
 * A démarche in its ateliers, run by a facilitator, with `perGroup` people
 * joined (through the real invitation) in the first two groups.
 */
export async function makeWorkshop(options: { perGroup?: number } = {}) {
  const facilitator = await makeFacilitatorViewer();
  const demarche = await makeDemarche(facilitator, "Démarche en ateliers");
  await setPhase(demarche.demarcheId, "ateliers");
  const [first, second] = demarche.invitations as [
    (typeof demarche.invitations)[number],
    (typeof demarche.invitations)[number],
  ];
  const groupA = { id: first.group.id, people: [] as ParticipantViewer[] };
  const groupB = { id: second.group.id, people: [] as ParticipantViewer[] };
  for (let i = 0; i < (options.perGroup ?? 3); i++) {
    groupA.people.push(await joinAs(first.token, demarche.demarcheId, `A${i + 1}`));
    groupB.people.push(await joinAs(second.token, demarche.demarcheId, `B${i + 1}`));
  }
  return { facilitator, demarche, demarcheId: demarche.demarcheId, groupA, groupB };
}
