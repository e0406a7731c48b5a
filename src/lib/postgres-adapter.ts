import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClientKnownRequestError } from "@prisma/client/runtime/client";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** Connections each app process keeps open at most (DATABASE_POOL_SIZE; pg's own default is 10). */
function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const size = Number(env.DATABASE_POOL_SIZE ?? "");
  return Number.isInteger(size) && size > 0 ? size : 10;
}

// PostgreSQL's internal one-byte "char" type (OID 18) and text (OID 25).
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type PgResult = { fields?: { dataTypeID: number }[] };
// A script of several statements yields one result per statement.
type WithPerformIO = { performIO: (query: unknown) => Promise<PgResult | PgResult[]> };

/**
 * Prisma 6.19's schema engine reads PostgreSQL's catalogue (e.g.
 * pg_constraint.contype) when it describes a database, for `migrate diff`;
 * those columns have the internal "char" type, which `@prisma/adapter-pg@7`
 * refuses ("Column type 'char' could not be deserialized"). node-postgres
 * already returns their values as strings, so they are declared as text.
 * The app's own tables never use "char" (String is TEXT).
 */
function readCharAsText<A extends SqlDriverAdapter>(adapter: A): A {
  const queryable = adapter as unknown as WithPerformIO;
  const performIO = queryable.performIO.bind(adapter);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const one of Array.isArray(result) ? result : [result])
      for (const field of one.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return adapter;
}

// The adapter's node-postgres pool, and its conversion of a driver error into Prisma's.
type WithClient = { client: { query: (sql: string) => Promise<unknown> }; onError: (error: unknown) => never };

/**
 * `@prisma/adapter-pg@7` runs a migration script by splitting it on every
 * `;` and sending the pieces one by one, which cuts a function body
 * (`AS $$ BEGIN …; END; $$`, e.g. the trigger of the participant_admission
 * migration) into statements PostgreSQL refuses ("unterminated
 * dollar-quoted string"). node-postgres sends a script without parameters
 * whole (the simple query protocol), and PostgreSQL runs its statements in
 * order, in one implicit transaction: a migration applies entirely or not at
 * all.
 */
function runScriptsWhole<A extends SqlDriverAdapter>(adapter: A): A {
  const queryable = adapter as unknown as WithClient;
  adapter.executeScript = async (script) => {
    try {
      await queryable.client.query(script);
    } catch (error) {
      queryable.onError(error);
    }
  };
  return adapter;
}

type Transaction = Awaited<ReturnType<SqlDriverAdapter["startTransaction"]>>;

/**
 * Prisma 6.19 commits an interactive transaction by sending COMMIT, then
 * asks the adapter to release the connection. When COMMIT itself fails (a
 * SERIALIZABLE transaction that lost to a concurrent one reports it there),
 * 6.19 skips the release, so the pool loses that connection for good, and
 * passes on the adapter's raw error instead of Prisma's P2034. Here a failed
 * COMMIT releases the connection (PostgreSQL has already ended the
 * transaction) and a write conflict surfaces as P2034, as it does when it
 * happens on an earlier statement.
 */
function releaseOnFailedCommit<A extends SqlDriverAdapter>(adapter: A): A {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const tx: Transaction = await startTransaction(isolationLevel);
    const executeRaw = tx.executeRaw.bind(tx);
    tx.executeRaw = async (query) => {
      if (query.sql !== "COMMIT") return executeRaw(query);
      try {
        return await executeRaw(query);
      } catch (error) {
        await tx.rollback();
        const kind = (error as { cause?: { kind?: unknown } }).cause?.kind;
        if (kind === "TransactionWriteConflict") {
          throw new PrismaClientKnownRequestError(
            "Transaction failed due to a write conflict or a deadlock. Please retry your transaction",
            { code: "P2034", clientVersion: "6.19.3" },
          );
        }
        throw error;
      }
    };
    return tx;
  };
  return adapter;
}

/**
 * The node-postgres adapter factory used by the app, the scripts and the
 * Prisma CLI when DATABASE_URL is a PostgreSQL URL.
 *
 * `@prisma/adapter-pg@7` is the version that works with Prisma 6.19's CLI
 * here (version 6 fails on "Column type 'name'"). Four fixes on top:
 * - migration scripts sent whole, not split on `;` (see runScriptsWhole);
 * - catalogue columns of type "char" read as text (see readCharAsText);
 * - a failed COMMIT releases its connection (see releaseOnFailedCommit);
 * - its shadow database (for `migrate diff --from-migrations`) spreads
 *   `{ ...config, database }`, but node-postgres lets a connection string
 *   override `database`, so the migrations would replay into the real
 *   database. The shadow connection here gets its own URL instead.
 */
export function postgresAdapterFactory(url: string, env: NodeJS.ProcessEnv = process.env) {
  // allowExitOnIdle: a command (migrate, seed, copy) ends as soon as its work
  // is done instead of waiting for idle connections to time out (10 s); a
  // server is kept alive by its HTTP listener anyway.
  const factory = new PrismaPg({ connectionString: url, max: poolSize(env), allowExitOnIdle: true });
  const adapterFactory: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => runScriptsWhole(releaseOnFailedCommit(readCharAsText(await factory.connect()))),
    connectToShadowDb: async () => {
      const main = await factory.connect();
      const database = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
      await main.executeScript(`CREATE DATABASE "${database}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${database}`;
      const shadow = runScriptsWhole(
        readCharAsText(
          await new PrismaPg({ connectionString: shadowUrl.toString(), max: 1, allowExitOnIdle: true }).connect(),
        ),
      );
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await main.dispose();
      };
      return shadow;
    },
  };
  return adapterFactory;
}
