import "server-only";
import { isLocalInstance } from "@/lib/instance";
import { hashPassword } from "@/server/auth/passwords";
import type { Viewer } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { createDemarche } from "@/server/demarches/create-demarche";
import { DEMO } from "@/server/demo/demo-facts";
import { seedPreviousCycle } from "@/server/demo/seed-previous-cycle";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";
import { randomToken } from "@/server/secrets";

export type SeedOutcome = "seeded" | "not-empty" | "not-local" | "disabled";

/** Demo participants per group, with a current and desired position in per-mille (E, R, P). */
const PEOPLE: Record<
  keyof typeof DEMO.codes,
  { name: string; current: [number, number, number]; desired: [number, number, number]; submitted: boolean }[]
> = {
  intervenants: [
    { name: "Marie-Ève", current: [600, 200, 200], desired: [300, 300, 400], submitted: true },
    { name: "Karim", current: [500, 300, 200], desired: [300, 200, 500], submitted: true },
    { name: "Sophie", current: [700, 100, 200], desired: [400, 200, 400], submitted: true },
  ],
  destinataires: [
    { name: "Jocelyne", current: [500, 100, 400], desired: [300, 200, 500], submitted: true },
    { name: "Ti-Paul", current: [600, 200, 200], desired: [200, 300, 500], submitted: true },
    { name: "Amina", current: [400, 200, 400], desired: [300, 100, 600], submitted: false },
  ],
  administrateurs: [
    { name: "Louise", current: [300, 500, 200], desired: [300, 500, 200], submitted: true },
    { name: "Pierre", current: [400, 400, 200], desired: [400, 400, 200], submitted: true },
    { name: "Nicole", current: [300, 400, 300], desired: [200, 400, 400], submitted: true },
  ],
};

/**
 * Loads the demo démarche, only into an empty database (no facilitator, no
 * démarche) on a local instance, and never when DEMO=off.
 */
export async function seedDemo(env: NodeJS.ProcessEnv = process.env): Promise<SeedOutcome> {
  if ((env.DEMO ?? "on").toLowerCase() === "off") return "disabled";
  if (!isLocalInstance(env)) return "not-local";
  const [facilitators, demarches] = await Promise.all([db.facilitator.count(), db.demarche.count()]);
  if (facilitators > 0 || demarches > 0) return "not-empty";

  const facilitator = await db.facilitator.create({
    data: {
      name: DEMO.facilitator.name,
      email: DEMO.facilitator.email,
      passwordHash: await hashPassword(DEMO.facilitator.password),
      isDemo: true,
    },
  });
  const viewer: Viewer = {
    kind: "facilitator",
    sessionId: "seed",
    facilitatorId: facilitator.id,
    name: facilitator.name,
    email: facilitator.email,
    isDemo: true,
  };
  const created = await createDemarche(
    viewer,
    { organisationName: DEMO.organisation, name: DEMO.demarche, startDate: "2026-10-01", endDate: "2027-02-26" },
    { isDemo: true },
  );
  const { demarcheId } = created;
  await db.demarche.update({
    where: { id: demarcheId },
    data: {
      phase: "ateliers",
      privacyOfficerName: "Francine Tremblay, coordonnatrice",
      privacyOfficerContact: "confidentialite@trois-rivages.example",
    },
  });
  const text = await db.engagementText.findFirstOrThrow({ where: { demarcheId }, select: { id: true } });

  for (const group of created.groups) {
    const kind = group.kind as keyof typeof DEMO.codes;
    await createGroupInvitation(viewer, {
      demarcheId,
      groupId: group.id,
      expiresAt: new Date("2027-02-26T23:59:00-05:00"),
      fixed: { token: randomToken(), code: DEMO.codes[kind] },
    });
    for (const person of PEOPLE[kind]) {
      const [ce, cr, cp] = person.current;
      const [de, dr, dp] = person.desired;
      await db.participant.create({
        data: {
          demarcheId,
          groupId: group.id,
          displayName: person.name,
          consents: { create: { engagementTextId: text.id, purpose: "participation" } },
          position: {
            create: {
              demarcheId,
              groupId: group.id,
              currentExpertise: ce,
              currentRepresentation: cr,
              currentParticipation: cp,
              desiredExpertise: de,
              desiredRepresentation: dr,
              desiredParticipation: dp,
              status: person.submitted ? "submitted" : "draft",
              submittedAt: person.submitted ? new Date() : null,
            },
          },
        },
      });
    }
  }
  await seedPreviousCycle(viewer, demarcheId);
  return "seeded";
}
