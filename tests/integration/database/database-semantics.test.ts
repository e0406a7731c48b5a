import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { isUniqueViolation } from "@/server/errors";
import { makeDemarche, makeFacilitator, makeFacilitatorViewer } from "../../support/factories";

// What the server layer relies on from the database, checked on SQLite and on
// PostgreSQL alike (`npm run test:integration:pg`).
describe("database behaviour the server layer relies on", () => {
  it("reports a duplicate unique value as Prisma's P2002, which isUniqueViolation recognises", async () => {
    await makeFacilitator({ email: "double@exemple.org" });
    const error = await makeFacilitator({ email: "double@exemple.org" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("compares text exactly, so emails are stored lower-cased to be found whatever the case typed", async () => {
    await makeFacilitator({ email: "casse@exemple.org" });
    expect(await db.facilitator.findUnique({ where: { email: "CASSE@exemple.org" } })).toBeNull();
    expect(await db.facilitator.findUnique({ where: { email: "casse@exemple.org" } })).not.toBeNull();
  });

  it("keeps dates to the millisecond, as UTC instants, and stamps creation with the current time", async () => {
    const viewer = await makeFacilitatorViewer();
    const { demarcheId } = await makeDemarche(viewer);
    const before = Date.now();
    const meeting = await db.meeting.create({
      data: {
        demarcheId,
        kind: "autre",
        sortOrder: 99,
        title: "Rencontre",
        startsAt: new Date("2026-12-01T23:30:45.123Z"),
      },
    });
    const after = Date.now();
    const stored = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(stored.startsAt?.toISOString()).toBe("2026-12-01T23:30:45.123Z");
    expect(stored.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(stored.createdAt.getTime()).toBeLessThanOrEqual(after + 1000);
    // Filtering by date follows the instant, to the millisecond.
    const within = await db.meeting.findMany({
      where: {
        demarcheId,
        startsAt: { gt: new Date("2026-12-01T23:30:45.122Z"), lt: new Date("2026-12-01T23:30:45.124Z") },
      },
      select: { id: true },
    });
    expect(within.map((m) => m.id)).toEqual([meeting.id]);
  });

  it("enforces foreign keys", async () => {
    await expect(
      db.participant.create({ data: { demarcheId: "missing", groupId: "missing", displayName: "x" } }),
    ).rejects.toThrow();
  });

  it("rolls back every write of a failed transaction", async () => {
    const before = await db.facilitator.count();
    await expect(
      db.$transaction(async (tx) => {
        await tx.facilitator.create({ data: { name: "A", email: "rollback@exemple.org", passwordHash: "x" } });
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    expect(await db.facilitator.count()).toBe(before);
  });
});
