import { describe, expect, it } from "vitest";
import { fromPerMille } from "@/domain/position";
import { createSessionRecord } from "@/server/auth/session-records";
import { type ParticipantViewer, viewerFromSessionId } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { admitParticipant } from "@/server/participants/admit-participant";
import { joinDemarche } from "@/server/participants/join-demarche";
import { closeWorkshop } from "@/server/workshops/close-workshop";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { getGroupView, type GroupView } from "@/server/workshops/get-group-view";
import { answers, currentEngagementTextId, joinAs, makeFacilitatorViewer, makeDemarche, setPhase } from "../../support/factories";

/**
 * Issue 15, section 2: someone holding a group's code joins twice (two
 * browsers) and confirms the same position twice, to lift a group of one real
 * member over its minimum of 3 and read what the minimum was hiding.
 */

const REAL: [number, number, number] = [700, 200, 100];
const REAL_DESIRED: [number, number, number] = [100, 300, 600];
const OWN: [number, number, number] = [200, 400, 400];
const REASON = "mon chef me harcèle";

/** Joins with the group's code exactly as a browser does, without anyone admitting the person. */
async function joinWithGroupCode(token: string, demarcheId: string, name: string): Promise<ParticipantViewer> {
  const joined = await joinDemarche({
    token,
    displayName: name,
    acceptedEngagementTextId: await currentEngagementTextId(demarcheId),
  });
  const viewer = await viewerFromSessionId(await createSessionRecord("participant", joined.participantId));
  if (viewer.kind !== "participant") throw new Error("expected a participant session");
  return viewer;
}

async function setUp() {
  const facilitator = await makeFacilitatorViewer();
  const demarche = await makeDemarche(facilitator, "Démarche ciblée");
  await setPhase(demarche.demarcheId, "ateliers");
  const invitation = demarche.invitations[1]!; // the destinataires
  // The one real member, admitted (the factory's join is the admitted path).
  const real = await joinAs(invitation.token, demarche.demarcheId, "Réelle");
  await submitMyPosition(real, answers(REAL, REAL_DESIRED, { currentWhy: REASON }));
  return { facilitator, demarche, invitation, real };
}

/** What the attacker's two sessions get to read of the group (nothing when refused). */
async function attackerReads(viewer: ParticipantViewer, groupId: string): Promise<GroupView | null> {
  try {
    return await getGroupView(viewer, groupId);
  } catch {
    return null;
  }
}

function everyQuote(view: GroupView): string[] {
  return Object.values(view.figures.texts).flat();
}

describe("one person joining twice with a group's code", () => {
  it("unlocks neither the group's figures nor the real member's words, and 3 × mean − 2 × own recovers nothing", async () => {
    const { facilitator, demarche, invitation, real } = await setUp();
    const first = await joinWithGroupCode(invitation.token, demarche.demarcheId, "Moi");
    const second = await joinWithGroupCode(invitation.token, demarche.demarcheId, "Moi aussi");
    for (const puppet of [first, second]) {
      // Whether the confirmation is refused or stored aside, it must not count.
      await submitMyPosition(puppet, answers(OWN, OWN)).catch(() => null);
    }

    for (const puppet of [first, second]) {
      const seen = await attackerReads(puppet, invitation.group.id);
      if (seen === null) continue;
      expect(seen.figures.submitted).toBeLessThan(3);
      expect(seen.figures.synthesis.centroid).toBeNull();
      expect(seen.figures.cloud).toEqual([]);
      expect(everyQuote(seen)).not.toContain(REASON);
    }

    // The differencing the attacker would try: 3 × mean − 2 × own.
    const seen = (await attackerReads(first, invitation.group.id)) ?? null;
    const mean = seen?.figures.synthesis.centroid?.current ?? null;
    if (mean !== null) {
      const own = fromPerMille({ expertise: OWN[0], representation: OWN[1], participation: OWN[2] });
      const recovered = 3 * mean.expertise - 2 * own.expertise;
      expect(Math.abs(recovered - REAL[0] / 1000)).toBeGreaterThan(0.01);
    }

    // The real member sees nothing either: their group has 1 admitted confirmed answer.
    const realView = await getGroupView(real, invitation.group.id);
    expect(realView.figures.submitted).toBe(1);
    expect(realView.figures.synthesis.centroid).toBeNull();
    expect(everyQuote(realView)).toEqual([]);

    // The facilitator's count is of admitted, confirmed people only.
    const facilitatorView = await getGroupView(facilitator, invitation.group.id);
    expect(facilitatorView.figures.submitted).toBe(1);
    expect(facilitatorView.figures.synthesis.reportable).toBe(false);
    expect(everyQuote(facilitatorView)).toEqual([]);
  });
});

describe("what a member sees of their own group resists a coalition of two (decision 013)", () => {
  it("even admitted by mistake and after the workshop closes, two entries of one person in a group of 3 see no mean, no point, no quote", async () => {
    const { facilitator, demarche, invitation, real } = await setUp();
    const ids: string[] = [];
    for (const name of ["Moi", "Moi aussi"]) {
      const puppet = await joinWithGroupCode(invitation.token, demarche.demarcheId, name);
      ids.push(puppet.participantId);
    }
    // The facilitator was fooled and let both in.
    for (const participantId of ids) await admitParticipant(facilitator, { participantId });
    const puppets = await Promise.all(ids.map((id) => signedInAs(id)));
    for (const puppet of puppets) await submitMyPosition(puppet, answers(OWN, OWN));
    await closeWorkshop(facilitator, { groupId: invitation.group.id });

    for (const viewer of [...puppets, real]) {
      const seen = await getGroupView(viewer, invitation.group.id);
      expect(seen.figures.submitted).toBe(3);
      expect(seen.figures.synthesis.centroid).toBeNull();
      expect(seen.figures.synthesis.dispersion).toBeNull();
      expect(seen.figures.cloud).toEqual([]);
      expect(everyQuote(seen)).toEqual([]);
    }
    // Nor the projected screen the room reads.
    const projected = await getGroupView(facilitator, invitation.group.id, { projected: true });
    expect(projected.figures.synthesis.centroid).toBeNull();
    expect(everyQuote(projected)).toEqual([]);
    // The facilitator's own screen shows the group from its minimum of 3.
    const own = await getGroupView(facilitator, invitation.group.id);
    expect(own.figures.synthesis.reportable).toBe(true);
  });

  it("with 4 admitted, confirmed answers and the answers frozen, the members see their group", async () => {
    const { facilitator, invitation, demarche, real } = await setUp();
    const others = [];
    for (const name of ["B", "C", "D"]) others.push(await joinAs(invitation.token, demarche.demarcheId, name));
    for (const person of others) await submitMyPosition(person, answers(OWN, OWN, { currentWhy: `raison ${person.displayName}` }));

    // Open workshop: the count moves as people confirm, so nothing yet (differencing over time).
    const open = await getGroupView(real, invitation.group.id);
    expect(open.figures.submitted).toBe(4);
    expect(open.figures.hiddenUntilClosed).toBe(true);
    expect(open.figures.synthesis.centroid).toBeNull();

    await closeWorkshop(facilitator, { groupId: invitation.group.id });
    const closed = await getGroupView(real, invitation.group.id);
    expect(closed.figures.synthesis.centroid).not.toBeNull();
    expect(closed.figures.cloud).toHaveLength(4);
    expect(everyQuote(closed)).toContain(REASON);
  });

  it("someone waiting cannot confirm an answer nor open their group's page", async () => {
    const { invitation, demarche } = await setUp();
    const waiting = await joinWithGroupCode(invitation.token, demarche.demarcheId, "Inconnu");
    await expect(submitMyPosition(waiting, answers(OWN, OWN))).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "participants.notAdmitted",
    });
    await expect(getGroupView(waiting, invitation.group.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.position.count({ where: { participantId: waiting.participantId } })).toBe(0);
  });
});

async function signedInAs(participantId: string): Promise<ParticipantViewer> {
  const viewer = await viewerFromSessionId(await createSessionRecord("participant", participantId));
  if (viewer.kind !== "participant") throw new Error("expected a participant session");
  return viewer;
}
