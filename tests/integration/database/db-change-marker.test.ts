import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { clearDatabase } from "../../support/clear-database";
import { dbChangeMarker, dbFingerprint, nothingWrittenSince, snapshotDb } from "../../support/db-fingerprint";

/**
 * The fuzzing and the security matrix trust the change marker to say that a
 * refused call wrote nothing, and read every row only when it moved: a write
 * it missed would pass unseen. Each kind of write must move it, whether made
 * through Prisma's model API or raw SQL, on the oldest row as on the newest.
 */

let n = 0;
const facilitator = () =>
  db.facilitator.create({ data: { email: `f${++n}@example.org`, name: `F ${n}`, passwordHash: "x" } });

let older: { id: string };
beforeEach(async () => {
  await clearDatabase();
  // Two rows: the writes below touch the older one, so a marker that only
  // looked at the newest row would miss them.
  older = await facilitator();
  await facilitator();
});

describe("the database change marker", () => {
  it("stays where it was when the database is only read", async () => {
    const before = await dbChangeMarker();
    await db.facilitator.findMany();
    await db.facilitator.count();
    await dbFingerprint();
    expect(await dbChangeMarker()).toBe(before);
  });

  it("moves on an INSERT", async () => {
    const before = await dbChangeMarker();
    await facilitator();
    expect(await dbChangeMarker()).not.toBe(before);
  });

  it("moves on an INSERT in raw SQL", async () => {
    const before = await dbChangeMarker();
    await db.$executeRawUnsafe(
      `INSERT INTO "Facilitator" ("id", "email", "name", "passwordHash", "isDemo", "createdAt", "updatedAt") ` +
        `VALUES ('raw-1', 'raw@example.org', 'Raw', 'x', false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
    );
    expect(await dbChangeMarker()).not.toBe(before);
  });

  it("moves on an UPDATE that changes a value of an older row", async () => {
    const before = await dbChangeMarker();
    await db.facilitator.update({ where: { id: older.id }, data: { name: "Autre nom" } });
    expect(await dbChangeMarker()).not.toBe(before);
  });

  it("moves on an UPDATE in raw SQL that leaves the updatedAt column alone", async () => {
    const before = await dbChangeMarker();
    await db.$executeRawUnsafe(`UPDATE "Facilitator" SET "name" = 'Nom brut' WHERE "id" = '${older.id}'`);
    expect(await dbChangeMarker()).not.toBe(before);
  });

  it("moves on a DELETE of an older row", async () => {
    const before = await dbChangeMarker();
    await db.facilitator.delete({ where: { id: older.id } });
    expect(await dbChangeMarker()).not.toBe(before);
  });

  it("moves on a DELETE and an INSERT in one transaction, which keep the number of rows", async () => {
    const before = await dbChangeMarker();
    await db.$transaction(async (tx) => {
      await tx.facilitator.delete({ where: { id: older.id } });
      await tx.facilitator.create({ data: { email: "swap@example.org", name: "Swap", passwordHash: "x" } });
    });
    expect(await dbChangeMarker()).not.toBe(before);
  });
});

describe("nothingWrittenSince", () => {
  it("is true when nothing was written", async () => {
    const before = await snapshotDb();
    await db.facilitator.findMany();
    expect(await nothingWrittenSince(before)).toBe(true);
  });

  it("is false after an INSERT, an UPDATE or a DELETE", async () => {
    let before = await snapshotDb();
    await facilitator();
    expect(await nothingWrittenSince(before)).toBe(false);
    before = await snapshotDb();
    await db.facilitator.update({ where: { id: older.id }, data: { name: "Autre nom" } });
    expect(await nothingWrittenSince(before)).toBe(false);
    before = await snapshotDb();
    await db.facilitator.delete({ where: { id: older.id } });
    expect(await nothingWrittenSince(before)).toBe(false);
  });

  it("is true after a write that was rolled back (the rows are compared when the marker moved)", async () => {
    const before = await snapshotDb();
    await expect(
      db.$transaction(async (tx) => {
        await tx.facilitator.update({ where: { id: older.id }, data: { name: "Jamais" } });
        throw new Error("refused after writing");
      }),
    ).rejects.toThrow("refused after writing");
    expect(await nothingWrittenSince(before)).toBe(true);
  });

  it("is true after an UPDATE that sets the values already there", async () => {
    const row = await db.facilitator.findUniqueOrThrow({ where: { id: older.id } });
    const before = await snapshotDb();
    await db.$executeRawUnsafe(`UPDATE "Facilitator" SET "name" = "name" WHERE "id" = '${row.id}'`);
    expect(await nothingWrittenSince(before)).toBe(true);
  });
});
