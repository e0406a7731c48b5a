import { describe, expect, it } from "vitest";
import { fromPerMille } from "@/domain/position";
import { createSessionRecord } from "@/server/auth/session-records";
import { type ParticipantViewer, viewerFromSessionId } from "@/server/auth/viewer";
import { joinDemarche } from "@/server/participants/join-demarche";
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
