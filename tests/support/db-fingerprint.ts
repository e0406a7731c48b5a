import { Prisma } from "@/generated/prisma/client";
import { databaseProvider } from "@/lib/database-url";
import { db } from "@/server/db";

/**
 * Two ways to check that a call wrote nothing:
 *
 * - `dbFingerprint()`: every row of every table, as one comparable string.
 *   Exact (equal strings mean equal contents) and able to say what differs,
 *   but it reads and serialises the whole database each time.
 * - `dbChangeMarker()`: a short string that moves whenever a row is
 *   inserted, updated or deleted, read in one query. It has no false
 *   negatives (tests/integration/database/db-change-marker.test.ts) but can
 *   move without a change of contents (SQLite: a write rolled back, or an
 *   UPDATE that sets the value already there).
 *
 * `snapshotDb()` + `nothingWrittenSince()` combine them: the marker first, and
 * the rows only when the marker moved. Use them around calls that are expected
 * to write nothing (refused calls, fuzzing), and `dbFingerprint()` when the
 * rows themselves matter.
 *
 * The failure budgets (RateLimitBucket) are left out of both: counting a
 * refused attempt is what they are for (tests/integration/security/rate-limits.test.ts
 * checks them).
 */
export async function dbFingerprint(): Promise<string> {
  const tables: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    if (model === Prisma.ModelName.RateLimitBucket) continue;
    const delegate = model.charAt(0).toLowerCase() + model.slice(1);
    const rows =
      (await (db as unknown as Record<string, { findMany: () => Promise<unknown[]> }>)[delegate]!.findMany()) ?? [];
    tables[model] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return JSON.stringify(tables);
}

const isPostgres = () => databaseProvider(process.env.DATABASE_URL ?? "") === "postgresql";

/**
 * SQLite: `total_changes()` counts every row inserted, updated or deleted
 * through the connection that answers, including those rolled back and those
 * made by triggers; `data_version` moves when another connection commits a
 * change to the file; `schema_version` when a table is created, altered or
 * dropped. The app's client sends a SELECT made outside a transaction to its
 * read-only second connection (src/lib/sqlite-adapter.ts, decision 015's
 * addendum): there `total_changes()` stays 0 and `data_version` moves on
 * every commit of the writer, which is what a refused call must not make.
 *
 * PostgreSQL: per table, the number of rows and the highest `xmin` (the id of
 * the transaction that wrote each row version). An INSERT or UPDATE leaves a
 * row version whose `xmin` is newer than any before it (PostgreSQL writes a
 * new version even when the values stay the same); a DELETE alone lowers the
 * count; a rolled-back write leaves no visible row. Cluster-wide counters
 * (next transaction id, pg_stat_* tables) would not do: other test files
 * write to the same server, and the statistics are flushed late.
 */
export async function dbChangeMarker(): Promise<string> {
  if (!isPostgres()) {
    const rows = await db.$queryRawUnsafe<
      { changes: bigint | number; data: bigint | number; schema: bigint | number }[]
    >(
      "SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS data, " +
        "(SELECT schema_version FROM pragma_schema_version) AS schema",
    );
    const r = rows[0]!;
    return `sqlite:${r.changes}:${r.data}:${r.schema}`;
  }
  const tables = await postgresTables();
  const rows = await db.$queryRawUnsafe<{ t: string; n: bigint | number; x: bigint | number | string }[]>(
    tables
      .map(
        (t) =>
          `SELECT ${quoteLiteral(t)} AS t, count(*) AS n, coalesce(max(xmin::text::bigint), 0) AS x FROM ${quoteIdent(t)}`,
      )
      .join(" UNION ALL "),
  );
  return `postgresql:${rows
    .map((r) => `${r.t}=${r.n}@${r.x}`)
    .sort()
    .join(",")}`;
}

let tableList: Promise<string[]> | undefined;
function postgresTables(): Promise<string[]> {
  tableList ??= db
    .$queryRawUnsafe<{ table_name: string }[]>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
    )
    .then((rows) =>
      rows
        .map((r) => r.table_name)
        .filter((name) => name !== "RateLimitBucket")
        .sort(),
    );
  return tableList;
}
const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

export type DbSnapshot = { marker: string; rows: string };

/** The database now, for `nothingWrittenSince`: its change marker and all its rows. */
export async function snapshotDb(): Promise<DbSnapshot> {
  return { marker: await dbChangeMarker(), rows: await dbFingerprint() };
}

/**
 * True when the database holds exactly what it held at `before`: at once when
 * the change marker has not moved (nothing was written), otherwise by
 * comparing every row (something was written, perhaps rolled back).
 */
export async function nothingWrittenSince(before: DbSnapshot): Promise<boolean> {
  if ((await dbChangeMarker()) === before.marker) return true;
  return (await dbFingerprint()) === before.rows;
}
