import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { db } from "@/server/db";
import { dbChangeMarker } from "../../support/db-fingerprint";

/**
 * SQLite's total_changes() counts only this connection's writes: a write
 * committed through another connection to the same file must move the
 * marker too (PRAGMA data_version).
 */
it("moves when another connection writes to the database file", async () => {
  await db.facilitator.count(); // the app's connection is open
  const before = await dbChangeMarker();
  const other = new Database(process.env.DATABASE_URL!.slice("file:".length));
  try {
    other
      .prepare(
        `INSERT INTO "Facilitator" ("id", "email", "name", "passwordHash", "isDemo", "createdAt", "updatedAt") ` +
          `VALUES ('other-1', 'other@example.org', 'Other', 'x', 0, 0, 0)`,
      )
      .run();
  } finally {
    other.close();
  }
  expect(await dbChangeMarker()).not.toBe(before);
});
