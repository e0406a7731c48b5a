import "server-only";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient, type Prisma as SqlitePrisma } from "@/generated/prisma/client";
import {
  PrismaClient as PostgresPrismaClient,
  type Prisma as PostgresPrisma,
} from "@/generated/prisma-postgresql/client";
import { databaseProvider, sqliteFilePath } from "@/lib/database-url";
import { postgresAdapterFactory } from "@/lib/postgres-adapter";
import { sqliteAdapterFactory } from "@/lib/sqlite-adapter";
import { driverSql, type DriverSql } from "@/server/sql-session";

/**
 * The one client type the code uses, whichever database runs. Prisma
 * generates one client per provider (prisma/schema.prisma for SQLite,
 * prisma/postgresql/schema.prisma for PostgreSQL, generated from it); their
 * model APIs are the same because the schemas are, which the compiler checks
 * below and tests/unit/server/database-clients.test.ts checks at run time.
 * Written against the SQLite types, code cannot use PostgreSQL-only options
 * (e.g. `mode: "insensitive"`) that SQLite would reject.
 */
export type Db = PrismaClient;
/** A transaction client, for server functions that compose inside one transaction. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

type PostgresDb = PostgresPrismaClient;

// Compile-time proof that a PostgreSQL client can stand where the code
// expects a Db. Prisma's TypeMap lists, per model, the row payload and each
// operation's arguments and result, from which the delegates (db.facilitator…)
// are built. For every model and operation: the same payload, SQLite's
// arguments accepted by PostgreSQL, PostgreSQL's result usable as SQLite's.
// A model or field in one schema and not the other fails here, naming it.
type SqliteModels = SqlitePrisma.TypeMap["model"];
type PostgresModels = PostgresPrisma.TypeMap["model"];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Operation<T> = T extends { args: infer A; result: infer R } ? { args: A; result: R } : never;
type Fits<S, P> =
  Same<S extends { payload: infer X } ? X : never, P extends { payload: infer Y } ? Y : never> extends true
    ? [Operation<S>["args"]] extends [Operation<P>["args"]]
      ? [Operation<P>["result"]] extends [Operation<S>["result"]]
        ? true
        : false
      : false
    : false;
type Mismatches =
  | Exclude<keyof SqliteModels, keyof PostgresModels>
  | Exclude<keyof PostgresModels, keyof SqliteModels>
  | {
      [M in keyof SqliteModels & keyof PostgresModels & string]: {
        [O in keyof SqliteModels[M]["operations"] & string]: O extends keyof PostgresModels[M]["operations"]
          ? Fits<
              SqliteModels[M]["operations"][O] & { payload: SqliteModels[M]["payload"] },
              PostgresModels[M]["operations"][O] & { payload: PostgresModels[M]["payload"] }
            > extends true
            ? never
            : `${M}.${O}`
          : `${M}.${O}`;
      }[keyof SqliteModels[M]["operations"] & string];
    }[keyof SqliteModels & keyof PostgresModels & string];
const clientsMatch: [Mismatches] extends [never] ? true : Mismatches = true;
const sameRawQueries: Same<
  Pick<PostgresDb, "$queryRaw" | "$executeRaw" | "$queryRawUnsafe" | "$executeRawUnsafe">,
  Pick<Db, "$queryRaw" | "$executeRaw" | "$queryRawUnsafe" | "$executeRawUnsafe">
> = true;
void [clientsMatch, sameRawQueries];

const log = process.env.NODE_ENV === "development" ? [{ level: "warn" as const, emit: "stdout" as const }] : [];

/**
 * Limits of every interactive transaction (`db.$transaction(fn)`), in place
 * of Prisma's defaults (2 s to start, 5 s to finish), which an overloaded
 * process missed: its transactions are a handful of short statements, but
 * under 100 requests at once each `await` between them waits its turn on the
 * event loop, and each start waits for one of the pool's connections
 * (PostgreSQL) or for SQLite's one writer. Waiting is what the person would
 * do anyway; a request past these limits is rolled back whole and answered
 * BUSY as data (src/server/errors.ts), never half-written. Kept under
 * nginx's 60 s read timeout, and short enough that a stuck transaction does
 * not hold its connection and row locks for long (decision 019, addendum).
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

/**
 * The factory Prisma's client connects through, and the connected adapter
 * itself for the hot path's statements (src/server/sql-session.ts): both use
 * the one adapter, so the one pool of connections (PostgreSQL) or the one
 * writer with its lock and reader (SQLite). Connected by whichever asks
 * first; after Prisma's $disconnect (which disposes of it) the next use
 * connects again.
 */
function sharedAdapter(factory: SqlMigrationAwareDriverAdapterFactory) {
  let connected: Promise<SqlDriverAdapter> | undefined;
  const adapter = () =>
    (connected ??= factory.connect().then((one) => {
      const dispose = one.dispose.bind(one);
      one.dispose = () => {
        connected = undefined;
        return dispose();
      };
      return one;
    }));
  return { factory: { ...factory, connect: adapter } as SqlMigrationAwareDriverAdapterFactory, adapter };
}

export type Database = { db: Db; sql: DriverSql };

/**
 * A client for a given URL (SQLite for `file:`, PostgreSQL for
 * `postgresql://`) and the hot path's SQL on the same adapter. The app uses
 * the singletons of src/server/db.ts; scripts such as db:copy open their own.
 */
export function createDatabase(url: string): Database {
  if (databaseProvider(url) === "postgresql") {
    const shared = sharedAdapter(postgresAdapterFactory(url));
    const client: PostgresDb = new PostgresPrismaClient({
      adapter: shared.factory,
      log,
      transactionOptions: TRANSACTION_OPTIONS,
    });
    // The delegates' generic signatures are not comparable across two
    // generated declarations, hence the cast; the TypeMap check above covers
    // what they are built from, and the $transaction types differ only by
    // PostgreSQL's extra isolation levels.
    return {
      db: client as unknown as Db,
      sql: driverSql(shared.adapter, { placeholders: "dollar", limits: TRANSACTION_OPTIONS }),
    };
  }
  const shared = sharedAdapter(sqliteAdapterFactory(sqliteFilePath(url), { reader: true }));
  return {
    db: new PrismaClient({ adapter: shared.factory, log, transactionOptions: TRANSACTION_OPTIONS }),
    sql: driverSql(shared.adapter, { placeholders: "question", limits: TRANSACTION_OPTIONS }),
  };
}

/** A Prisma client for a given URL, for scripts that need no hot-path SQL. */
export function createDbClient(url: string): Db {
  return createDatabase(url).db;
}
