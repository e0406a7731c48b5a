import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { getMyPosition } from "@/server/positions/get-my-position";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { answers, makeWorkshop } from "../../support/factories";

describe("a participant's own positioning", () => {
  it("saves a draft as it goes and gives it back, until confirmed", async () => {
    const { groupA } = await makeWorkshop({ perGroup: 1 });
    const [me] = groupA.people as [(typeof groupA.people)[number]];
    const empty = await getMyPosition(me);
    expect(empty.answers.current).toBeNull();
    expect(empty.status).toBe("draft");

    const half = answers([400, 300, 300], null, { currentWhy: "On décide pour les gens." });
    await saveMyPositionDraft(me, half);
    const back = await getMyPosition(me);
    expect(back.answers).toEqual(half);
    expect(back.status).toBe("draft");

    const full = answers([400, 300, 300], [200, 300, 500], { currentWhy: "On décide pour les gens." });
    const submitted = await submitMyPosition(me, full);
    expect(submitted.status).toBe("submitted");
    expect((await getMyPosition(me)).status).toBe("submitted");
  });

  it("refuses to confirm without both positions, naming the missing one", async () => {
    const { groupA } = await makeWorkshop({ perGroup: 1 });
    const me = groupA.people[0]!;
    await expect(submitMyPosition(me, answers([400, 300, 300], null))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { desired: "workshop.desiredMissing" },
    });
  });

  it("turns a confirmed position back into a draft when it changes, but not on an identical autosave", async () => {
    const { groupA } = await makeWorkshop({ perGroup: 1 });
    const me = groupA.people[0]!;
    const full = answers([400, 300, 300], [200, 300, 500]);
    await submitMyPosition(me, full);

    await saveMyPositionDraft(me, full);
    expect((await getMyPosition(me)).status).toBe("submitted");

    const changed = await saveMyPositionDraft(me, answers([400, 300, 300], [100, 300, 600]));
    expect(changed.status).toBe("draft");
    const audit = await db.auditEvent.findMany({ where: { actorId: me.participantId }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["position.submit", "position.unconfirm"]));

    await submitMyPosition(me, answers([400, 300, 300], [100, 300, 600]));
    expect((await getMyPosition(me)).answers.desired).toEqual({
      expertise: 100,
      representation: 300,
      participation: 600,
    });
  });

  it("writes only the caller's own row, in the caller's own group", async () => {
    const { demarcheId, groupA, groupB } = await makeWorkshop({ perGroup: 2 });
    const [a1, a2] = groupA.people as [(typeof groupA.people)[number], (typeof groupA.people)[number]];
    const b1 = groupB.people[0]!;
    await saveMyPositionDraft(a1, answers([500, 250, 250], null));
    await saveMyPositionDraft(b1, answers([100, 100, 800], null));

    expect((await getMyPosition(a2)).answers.current).toBeNull();
    const rows = await db.position.findMany({ where: { demarcheId }, select: { participantId: true, groupId: true } });
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual({ participantId: a1.participantId, groupId: groupA.id });
    expect(rows).toContainEqual({ participantId: b1.participantId, groupId: groupB.id });
  });

  it("clears the « entered by the facilitator » mark once the person changes their answers themselves", async () => {
    const { facilitator, groupA } = await makeWorkshop({ perGroup: 1 });
    const me = groupA.people[0]!;
    const { savePositionOnBehalf } = await import("@/server/positions/save-position-on-behalf");
    await savePositionOnBehalf(facilitator, { ...answers([400, 300, 300], null), participantId: me.participantId });
    expect((await getMyPosition(me)).enteredByFacilitator).toBe(true);
    await saveMyPositionDraft(me, answers([400, 300, 300], [300, 300, 400]));
    expect((await getMyPosition(me)).enteredByFacilitator).toBe(false);
  });

  it("is for participants only", async () => {
    const { facilitator } = await makeWorkshop({ perGroup: 1 });
    await expect(getMyPosition(facilitator)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveMyPositionDraft(ANONYMOUS, answers(null, null))).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});
