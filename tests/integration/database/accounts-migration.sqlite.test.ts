import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

/**
 * The accounts migration (decision 020) on an instance that already has
 * accounts: the oldest active one becomes its administrateur.trice, the
 * others stay accompagnateur.trice.s.
 */
const DIR = path.resolve("prisma/migrations");
const NAME = "_accounts";

function migrationsUntil(predicate: (name: string) => boolean) {
  return fs
    .readdirSync(DIR)
    .filter((n) => fs.statSync(path.join(DIR, n)).isDirectory())
    .sort()
    .filter(predicate)
    .map((n) => fs.readFileSync(path.join(DIR, n, "migration.sql"), "utf8"));
}

describe("accounts migration", () => {
  const accounts = fs.readdirSync(DIR).find((n) => n.endsWith(NAME))!;

  it("makes the oldest active account the administrateur.trice", () => {
    const sqlite = new Database(":memory:");
    for (const sql of migrationsUntil((n) => n < accounts)) sqlite.exec(sql);
    const insert = sqlite.prepare(
      `INSERT INTO "Facilitator" ("id","email","name","passwordHash","disabledAt","createdAt","updatedAt") VALUES (?,?,?,?,?,?,?)`,
    );
    insert.run("a-disabled", "a@ex.org", "A", "h", 1_700_000_000_000, 1_600_000_000_000, 1_600_000_000_000);
    insert.run("b-oldest", "b@ex.org", "B", "h", null, 1_600_000_100_000, 1_600_000_100_000);
    insert.run("c-newer", "c@ex.org", "C", "h", null, 1_600_000_200_000, 1_600_000_200_000);
    sqlite.exec(fs.readFileSync(path.join(DIR, accounts, "migration.sql"), "utf8"));
    const roles = sqlite.prepare(`SELECT "id", "role" FROM "Facilitator" ORDER BY "id"`).all();
    expect(roles).toEqual([
      { id: "a-disabled", role: "accompagnateur" },
      { id: "b-oldest", role: "administrateur" },
      { id: "c-newer", role: "accompagnateur" },
    ]);
  });

  it("runs on an empty instance", () => {
    const sqlite = new Database(":memory:");
    for (const sql of migrationsUntil((n) => n <= accounts)) sqlite.exec(sql);
    expect(sqlite.prepare(`SELECT COUNT(*) AS n FROM "Facilitator"`).get()).toEqual({ n: 0 });
  });
});
