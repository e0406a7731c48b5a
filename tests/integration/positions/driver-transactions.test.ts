import { describe, expect, it } from "vitest";
import { db, sql } from "@/server/db";
import { AppError } from "@/server/errors";
import { getMyPosition } from "@/server/positions/get-my-position";
import { saveMyPositionDraft } from "@/server/positions/save-my-position-draft";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { answers, makeWorkshop } from "../../support/factories";

/**
 * The participant's own saves run on the driver adapter Prisma's client uses
 * (decision 025), not through Prisma. On the real database of the run, these
 * pin what that sharing must keep: one pool of connections (PostgreSQL) or
 * one writer and its lock (SQLite), never held after a refusal, a Prisma
 * transaction and a driver transaction on the same row one after the other,
 * and the adapter connected again after Prisma's $disconnect.
 */
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the participant's saves on the driver adapter", () => {
  it("leave no connection held after refusals: 30 refused confirmations, then one goes through at once", async () => {
    const { groupA } = await makeWorkshop({ perGroup: 2 });
    const [gone, me] = groupA.people as [(typeof groupA.people)[number], (typeof groupA.people)[number]];
    await db.participant.update({ where: { id: gone.participantId }, data: { withdrawnAt: new Date() } });
    // More refusals than PostgreSQL's pool has connections (10): a leak would make the last one wait, then BUSY.
    for (let i = 0; i < 30; i++) {
      const refused = await submitMyPosition(gone, answers([400, 300, 300], [200, 300, 500])).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).code).toBe("NOT_FOUND");
    }
    const started = Date.now();
    await expect(sql.transaction(async () => "started", { maxWait: 2_000 })).resolves.toBe("started");
    expect(await submitMyPosition(me, answers([400, 300, 300], [200, 300, 500]))).toMatchObject({
      status: "submitted",
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("take turns with a Prisma transaction on the same row: both writes land, the later one last", async () => {
    const { groupA } = await makeWorkshop({ perGroup: 1 });
    const me = groupA.people[0]!;
    await saveMyPositionDraft(me, answers([400, 300, 300], null, { currentWhy: "avant" }));
    let prismaCommitted = 0;
    const prisma = db.$transaction(async (tx) => {
      await tx.position.update({ where: { participantId: me.participantId }, data: { currentWhy: "Prisma" } });
      await wait(150);
      prismaCommitted = Date.now();
    });
    await wait(30);
    const mine = submitMyPosition(me, answers([100, 300, 600], [200, 300, 500], { currentWhy: "la mienne" }));
    await Promise.all([prisma, mine]);
    const stored = await getMyPosition(me);
    expect(stored.answers.currentWhy).toBe("la mienne");
    expect(stored.status).toBe("submitted");
    expect(prismaCommitted).toBeGreaterThan(0);
    const audit = await db.auditEvent.count({ where: { action: "position.submit", actorId: me.participantId } });
    expect(audit).toBe(1);
  });

  it("connect again after Prisma's $disconnect, on the same adapter as Prisma's", async () => {
    const { groupA } = await makeWorkshop({ perGroup: 1 });
    const me = groupA.people[0]!;
    await db.$disconnect();
    expect(await saveMyPositionDraft(me, answers([400, 300, 300], null))).toMatchObject({ status: "draft" });
    await db.$disconnect();
    expect(await db.position.count({ where: { participantId: me.participantId } })).toBe(1);
    expect(await submitMyPosition(me, answers([400, 300, 300], [200, 300, 500]))).toMatchObject({
      status: "submitted",
    });
  });
});
