import { afterAll, describe, expect, it } from "vitest";
import { postgresAdapterFactory } from "@/lib/postgres-adapter";

/**
 * Migration scripts reach PostgreSQL through the driver adapter's
 * `executeScript` (`prisma migrate deploy`, and the shadow database of
 * `migrate diff`). The participant_admission migration creates a trigger
 * function whose body holds `;`: `@prisma/adapter-pg` split scripts on every
 * `;`, so `migrate deploy` failed on an empty database ("unterminated
 * dollar-quoted string"), and with it every PostgreSQL test set-up and every
 * hosted instance's upgrade. (This file's own database was migrated by the
 * global set-up through the same path.)
 */
const url = process.env.DATABASE_URL!;
const connected = postgresAdapterFactory(url).connect();

afterAll(async () => {
  await (await connected).dispose();
});

async function query(sql: string) {
  const adapter = await connected;
  return adapter.queryRaw({ sql, args: [], argTypes: [] });
}

describe("migration scripts on PostgreSQL", () => {
  it("runs a script whose function body holds semicolons", async () => {
    const adapter = await connected;
    await adapter.executeScript(`
      CREATE TABLE "ScriptTest" ("n" INTEGER NOT NULL);
      CREATE FUNCTION "ScriptTest_floor"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."n" < 3 THEN
          RAISE EXCEPTION 'n must be at least 3; got %', NEW."n" USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END;
      $$;
      CREATE TRIGGER "ScriptTest_floor" BEFORE INSERT ON "ScriptTest" FOR EACH ROW EXECUTE FUNCTION "ScriptTest_floor"();
    `);
    await adapter.executeScript(`INSERT INTO "ScriptTest" VALUES (3)`);
    await expect(adapter.executeScript(`INSERT INTO "ScriptTest" VALUES (2)`)).rejects.toThrow();
    expect((await query(`SELECT "n" FROM "ScriptTest"`)).rows).toEqual([[3]]);
  });

  it("applies a script entirely or not at all", async () => {
    const adapter = await connected;
    await expect(
      adapter.executeScript(`CREATE TABLE "HalfDone" ("n" INTEGER); SELECT * FROM "NoSuchTable";`),
    ).rejects.toThrow();
    expect((await query(`SELECT to_regclass('"HalfDone"') IS NULL AS "absent"`)).rows).toEqual([[true]]);
  });
});
