import { execFileSync, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { redeemLoginTicket } from "@/server/auth/login-tickets";
import { db } from "@/server/db";
import { createDbClient, type Db } from "@/server/db-client";
import { DEMO } from "@/server/demo/demo-facts";
import { authenticateFacilitator } from "@/server/facilitators/authenticate-facilitator";
import { resolveCode } from "@/server/participants/resolve-code";
import { resetRateLimits } from "@/server/rate-limit";
import { CopyRefused, copyDatabase, readModels } from "../../../scripts/lib/copy-database";

// Moving an instance: the demo, loaded into a SQLite file by the real seed
// command, is copied into this file's empty database (PostgreSQL under
// `npm run test:integration:pg`, where this is the SQLite → PostgreSQL move).
const sourceFile = path.resolve(`.tmp/integration/copy-source-${randomUUID()}.db`);
const sourceUrl = `file:${sourceFile}`;
const targetUrl = process.env.DATABASE_URL!;
let source: Db;

const count = (client: Db, delegate: string) =>
  (client as unknown as Record<string, { count: () => Promise<number> }>)[delegate]!.count();

beforeAll(() => {
  execFileSync(process.execPath, ["scripts/db-seed.mjs"], {
    env: { ...process.env, DATABASE_URL: sourceUrl, DEMO: "on", BASE_URL: "http://localhost:3000" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  source = createDbClient(sourceUrl);
}, 120_000);

afterAll(async () => {
  await source.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(sourceFile + suffix, { force: true });
});

beforeEach(() => resetRateLimits());

describe("copying a whole instance to another database", () => {
  it("copies every table, row for row, and the demo sign-in and codes work on the copy", async () => {
    const report = await copyDatabase({ from: sourceUrl, to: targetUrl });

    const models = readModels();
    expect(report.map((r) => r.model).sort()).toEqual(models.map((m) => m.name).sort());
    for (const model of models) {
      expect({ model: model.name, rows: await count(db, model.delegate) }).toEqual({
        model: model.name,
        rows: await count(source, model.delegate),
      });
    }
    expect(await db.position.count()).toBeGreaterThan(0);

    // Whole rows, dates, per-mille weights and hashes included.
    const byId = { orderBy: { id: "asc" } } as const;
    expect(await db.facilitator.findMany(byId)).toEqual(await source.facilitator.findMany(byId));
    expect(await db.demarche.findMany(byId)).toEqual(await source.demarche.findMany(byId));
    expect(await db.position.findMany(byId)).toEqual(await source.position.findMany(byId));
    expect(await db.invitation.findMany(byId)).toEqual(await source.invitation.findMany(byId));
    expect(await db.auditEvent.findMany(byId)).toEqual(await source.auditEvent.findMany(byId));

    const ticket = await authenticateFacilitator({
      email: DEMO.facilitator.email,
      password: DEMO.facilitator.password,
      ip: "10.9.0.1",
    });
    expect(await redeemLoginTicket(ticket)).toMatchObject({ kind: "facilitator" });
    expect(await resolveCode({ code: DEMO.codes.destinataires, ip: "10.9.0.2" })).toMatchObject({
      kind: "invitation",
    });
  }, 60_000);

  it("refuses a target that already holds data, and leaves it as it was", async () => {
    const before = await db.auditEvent.count();
    await expect(copyDatabase({ from: sourceUrl, to: targetUrl })).rejects.toBeInstanceOf(CopyRefused);
    await expect(copyDatabase({ from: sourceUrl, to: targetUrl })).rejects.toThrow(/already holds data/);
    expect(await db.auditEvent.count()).toBe(before);
  }, 60_000);

  it("says so on the command line, with a failing exit code", () => {
    const run = spawnSync("npm", ["run", "--silent", "db:copy", "--", "--from", sourceUrl, "--to", targetUrl], {
      encoding: "utf8",
      env: process.env,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Refused: The target .* already holds data/);
  }, 60_000);
});
