import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeDemarche, makeFacilitatorViewer } from "../../support/factories";

const run = promisify(execFile);
const dir = path.resolve(".tmp/integration");

function count(file: string, table: string): number {
  const d = new Database(file, { readonly: true });
  try {
    return (d.prepare(`SELECT count(*) AS c FROM "${table}"`).get() as { c: number }).c;
  } finally {
    d.close();
  }
}

describe("backup and restore of the embedded database", () => {
  it("takes a consistent copy while the app writes, and restores it, keeping the replaced database", async () => {
    const facilitator = await makeFacilitatorViewer();
    await makeDemarche(facilitator, "Avant la sauvegarde");
    const backup = path.join(dir, `backup-${randomUUID()}.db`);

    // Writes keep landing while the backup runs in another process.
    let writing = true;
    const writer = (async () => {
      let i = 0;
      while (writing) {
        await db.auditEvent.create({ data: { actorKind: "system", action: `tick.${i++}`, entityType: "Test" } });
        // Let the event loop see the child process finish.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const { stdout } = await run(process.execPath, ["scripts/db-backup.mjs", backup], { env: process.env });
    writing = false;
    await writer;
    expect(stdout).toContain("Backup written");

    // Everything committed before the backup started is in it, including the démarche.
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect((copy.prepare(`SELECT name FROM "Demarche" WHERE name = ?`).get("Avant la sauvegarde") as { name: string }).name).toBe("Avant la sauvegarde");
    copy.close();

    const target = path.join(dir, `restored-${randomUUID()}.db`);
    await run(process.execPath, ["scripts/db-restore.mjs", backup], { env: { ...process.env, DATABASE_URL: `file:${target}` } });
    expect(count(target, "Demarche")).toBe(count(backup, "Demarche"));
    expect(count(target, "AuditEvent")).toBe(count(backup, "AuditEvent"));

    // Restoring over an existing database keeps the old one beside it.
    await run(process.execPath, ["scripts/db-restore.mjs", backup], { env: { ...process.env, DATABASE_URL: `file:${target}` } });
    const kept = fs.readdirSync(dir).filter((f) => f.startsWith(path.basename(target, ".db") + "-before-restore-"));
    expect(kept).toHaveLength(1);
  });

  it("refuses a damaged backup and changes nothing", async () => {
    const damaged = path.join(dir, `damaged-${randomUUID()}.db`);
    fs.writeFileSync(damaged, "this is not a database");
    const target = path.join(dir, `untouched-${randomUUID()}.db`);
    await expect(run(process.execPath, ["scripts/db-restore.mjs", damaged], { env: { ...process.env, DATABASE_URL: `file:${target}` } })).rejects.toMatchObject({
      code: 1,
    });
    expect(fs.existsSync(target)).toBe(false);
  });
});
