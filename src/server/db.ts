import "server-only";
import { createDatabase, type Database, type Db, type Tx } from "@/server/db-client";
import type { DriverSql } from "@/server/sql-session";
import { databaseUrl } from "@/lib/database-url";

export type { Db, Tx } from "@/server/db-client";

// One client per process: Next's dev server re-evaluates modules on every
// change, and each client would open its own connections.
const globalForDb = globalThis as unknown as { regardsCroisesDatabase?: Database };

const database = globalForDb.regardsCroisesDatabase ?? createDatabase(databaseUrl());
if (process.env.NODE_ENV !== "production") globalForDb.regardsCroisesDatabase = database;

export const db: Db = database.db;
/** The hot path's statements, on the adapter `db` uses (src/server/sql-session.ts, decision 025). */
export const sql: DriverSql = database.sql;

/** Prisma's "write conflict or deadlock" (a PostgreSQL serialization failure, 40001 / 40P01). */
function isWriteConflict(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2034"
  );
}

/**
 * Runs `fn` in a SERIALIZABLE transaction, retried when the database aborts
 * it for a conflict with a concurrent one. Use it where a decision depends on
 * what a read found (count-then-create, check-then-insert): SQLite serialises
 * writers anyway, but PostgreSQL's default READ COMMITTED lets two
 * transactions read the same "nothing yet" and both write. Under SERIALIZABLE
 * one of them fails and, retried, reads the other's committed row.
 */
export async function inSerializableTransaction<T>(fn: (tx: Tx) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, { isolationLevel: "Serializable" });
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= attempts) throw error;
    }
  }
}
