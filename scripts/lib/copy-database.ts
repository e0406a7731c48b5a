/**
 * Copies a whole instance from one database to another (SQLite → PostgreSQL
 * to move to a hosted server, or any other pair): every table, parents
 * before children, in one transaction on the target, into a target that
 * holds no data. Used by `npm run db:copy` (scripts/db-copy.ts).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseProvider, redactDatabaseUrl } from "@/lib/database-url";
import { createDbClient, type Db } from "@/server/db-client";

const ROOT = process.cwd();
const SCHEMA = path.join(ROOT, "prisma", "schema.prisma");
const MIGRATIONS = {
  sqlite: path.join(ROOT, "prisma", "migrations"),
  postgresql: path.join(ROOT, "prisma", "postgresql", "migrations"),
} as const;

export class CopyRefused extends Error {
  override name = "CopyRefused";
}

type Relation = { target: string; fields: string[] };
export type ModelInfo = { name: string; delegate: string; relations: Relation[] };

/** Models and their foreign keys, read from prisma/schema.prisma (the source of truth). */
export function readModels(schema: string = fs.readFileSync(SCHEMA, "utf8")): ModelInfo[] {
  const models: ModelInfo[] = [];
  for (const match of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const [, name = "", body = ""] = match;
    const relations: Relation[] = [];
    for (const line of body.split("\n")) {
      const field = line.match(/^\s*\w+\s+(\w+)\??\s+@relation\(([^)]*)\)/);
      const fields = field?.[2]?.match(/fields:\s*\[([^\]]*)\]/);
      if (field?.[1] && fields?.[1]) {
        relations.push({ target: field[1], fields: fields[1].split(",").map((f) => f.trim()) });
      }
    }
    models.push({ name, delegate: name.charAt(0).toLowerCase() + name.slice(1), relations });
  }
  return models;
}

/** Parents before children; a model's references to itself are handled by the copy. */
export function dependencyOrder(models: ModelInfo[]): ModelInfo[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: ModelInfo[] = [];
  const visit = (model: ModelInfo) => {
    if (done.has(model.name)) return;
    if (visiting.has(model.name)) throw new Error(`Foreign keys form a cycle through ${model.name}`);
    visiting.add(model.name);
    for (const relation of model.relations) {
      const parent = byName.get(relation.target);
      if (parent && parent.name !== model.name) visit(parent);
    }
    visiting.delete(model.name);
    done.add(model.name);
    order.push(model);
  };
  for (const model of models) visit(model);
  return order;
}

type Delegate = {
  count: () => Promise<number>;
  findMany: (args?: unknown) => Promise<Record<string, unknown>[]>;
  createMany: (args: { data: Record<string, unknown>[] }) => Promise<{ count: number }>;
  updateMany: (args: { where: Record<string, unknown>; data: Record<string, unknown> }) => Promise<unknown>;
};
const delegate = (client: unknown, name: string) => (client as Record<string, Delegate>)[name] as Delegate;

async function appliedMigrations(client: Db): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return rows.map((r) => r.migration_name).sort();
}

function migrationFolders(provider: keyof typeof MIGRATIONS): string[] {
  return fs
    .readdirSync(MIGRATIONS[provider], { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export type CopyReport = { model: string; rows: number }[];

export async function copyDatabase(options: {
  from: string;
  to: string;
  log?: (message: string) => void;
}): Promise<CopyReport> {
  const { from, to } = options;
  const log = options.log ?? (() => {});
  if (from === to) throw new CopyRefused("The source and the target are the same database.");
  const fromProvider = databaseProvider(from);
  const toProvider = databaseProvider(to);

  // The target gets the schema from this version's migrations (a no-op when current).
  log(`Migrating the target ${redactDatabaseUrl(to)}…`);
  execFileSync(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: to },
    stdio: ["ignore", "ignore", "pipe"],
  });

  const source = createDbClient(from);
  const target = createDbClient(to);
  try {
    const expected = migrationFolders(fromProvider);
    const applied = await appliedMigrations(source).catch(() => {
      throw new CopyRefused(`The source ${redactDatabaseUrl(from)} is not a Regards croisés database.`);
    });
    const missing = expected.filter((m) => !applied.includes(m));
    const unknown = applied.filter((m) => !expected.includes(m));
    if (missing.length > 0) {
      throw new CopyRefused(
        `The source lacks migrations ${missing.join(", ")}: run npm run db:migrate on it first (DATABASE_URL=${redactDatabaseUrl(from)}).`,
      );
    }
    if (unknown.length > 0) {
      throw new CopyRefused(
        `The source has migrations this version does not know (${unknown.join(", ")}): update first.`,
      );
    }

    const models = dependencyOrder(readModels());
    for (const model of models) {
      if ((await delegate(target, model.delegate).count()) > 0) {
        throw new CopyRefused(
          `The target ${redactDatabaseUrl(to)} already holds data (${model.name}): copy only into an empty database.`,
        );
      }
    }

    const report: CopyReport = [];
    await target.$transaction(
      async (tx) => {
        for (const model of models) {
          const rows = await delegate(source, model.delegate).findMany();
          // A reference to the same table (a démarche's previous cycle) may
          // point at a row not inserted yet: insert it empty, fill it after.
          const selfFields = model.relations.filter((r) => r.target === model.name).flatMap((r) => r.fields);
          const later: { row: Record<string, unknown>; data: Record<string, unknown> }[] = [];
          const data = rows.map((row) => {
            const deferred = Object.fromEntries(selfFields.filter((f) => row[f] != null).map((f) => [f, row[f]]));
            if (Object.keys(deferred).length === 0) return row;
            // Filling the reference must not look like an edit: keep the row's own updatedAt.
            later.push({ row, data: "updatedAt" in row ? { ...deferred, updatedAt: row.updatedAt } : deferred });
            return { ...row, ...Object.fromEntries(Object.keys(deferred).map((f) => [f, null])) };
          });
          for (let i = 0; i < data.length; i += 500) {
            await delegate(tx, model.delegate).createMany({ data: data.slice(i, i + 500) });
          }
          for (const { row, data: update } of later) {
            await delegate(tx, model.delegate).updateMany({ where: primaryKeyOf(row, rows), data: update });
          }
          report.push({ model: model.name, rows: rows.length });
          log(`  ${model.name}: ${rows.length}`);
        }
        for (const { model, rows } of report) {
          const copied = await delegate(tx, model.charAt(0).toLowerCase() + model.slice(1)).count();
          if (copied !== rows) throw new Error(`${model}: ${copied} rows in the target, ${rows} in the source`);
        }
      },
      { maxWait: 60_000, timeout: 30 * 60_000 },
    );
    log(`Copied ${report.reduce((n, r) => n + r.rows, 0)} rows from ${fromProvider} to ${toProvider}.`);
    return report;
  } finally {
    await source.$disconnect();
    await target.$disconnect();
  }
}

/** Rows with a self-reference all have an `id` in this schema; refuse anything else loudly. */
function primaryKeyOf(row: Record<string, unknown>, rows: Record<string, unknown>[]): Record<string, unknown> {
  if (typeof row.id !== "string" || rows.filter((r) => r.id === row.id).length !== 1) {
    throw new Error("A model that refers to itself needs a single `id` primary key to be copied.");
  }
  return { id: row.id };
}
