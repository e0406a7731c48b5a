import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { Mutex } from "async-mutex";

/**
 * Connection settings applied to every SQLite connection, before its first
 * query and outside any transaction (inside one, SQLite silently ignores
 * them). WAL lets readers work while a participant saves; NORMAL
 * synchronisation survives an application crash (not a power loss) in WAL mode.
 */
export const SQLITE_PRAGMAS = [
  "PRAGMA journal_mode = WAL;",
  "PRAGMA busy_timeout = 5000;",
  "PRAGMA foreign_keys = ON;",
  "PRAGMA synchronous = NORMAL;",
].join("\n");

/**
 * Makes the one shared connection safe for concurrent requests. The stock
 * adapter serialises transactions, but a single query arriving while another
 * request's transaction is open runs on the same connection, inside that
 * transaction: it reads uncommitted rows, and a rollback takes its
 * acknowledged write with it. Here every query outside a transaction waits
 * for the connection, and a transaction holds it until its COMMIT or
 * ROLLBACK has run (Prisma sends that SQL before calling commit/rollback).
 * Consequence: code inside `$transaction` must use `tx`, not `db`, or it
 * waits for itself until the transaction times out (a write), or, with a
 * reader, reads what was committed before the transaction (a SELECT).
 *
 * With `reader` (a second connection to the same file, opened read-only), a
 * SELECT sent outside a transaction runs there at once instead of waiting
 * for the writer: in WAL mode it sees the latest committed data and never
 * what an open transaction has written, so the guarantee above holds, and a
 * page or the live stamp (decision 015) no longer queues behind a burst of
 * confirmations. Writes, raw statements that are not SELECTs and
 * transactions keep the one writer connection.
 */
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\b/i;

/** A statement that only reads: SQLite's SELECT never writes (a `WITH … INSERT` does not start with SELECT). */
const ONLY_READS = /^\s*SELECT\b/i;

export function serialiseConnection(adapter: SqlDriverAdapter, reader?: SqlDriverAdapter): SqlDriverAdapter {
  const connection = new Mutex();
  const alone =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    (...args: A) =>
      connection.runExclusive(() => run(...args));
  const startTransaction = adapter.startTransaction.bind(adapter);
  const queryRaw = alone(adapter.queryRaw.bind(adapter));
  const readerQueryRaw = reader?.queryRaw.bind(reader);
  // A SELECT outside a transaction goes to the reader connection, when there
  // is one: it sees what is committed (WAL gives each statement the latest
  // committed snapshot, whatever the writer holds open) and does not queue
  // behind the writes. Everything else waits for the writer connection.
  adapter.queryRaw = (query) =>
    readerQueryRaw && ONLY_READS.test(query.sql) ? readerQueryRaw(query) : queryRaw(query);
  if (reader) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => Promise.all([dispose(), reader.dispose()]).then(() => undefined);
  }
  adapter.executeRaw = alone(adapter.executeRaw.bind(adapter));
  adapter.executeScript = alone(adapter.executeScript.bind(adapter));
  adapter.startTransaction = async (isolationLevel) => {
    const release = await connection.acquire();
    try {
      const transaction = await startTransaction(isolationLevel);
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      const executeRaw = transaction.executeRaw.bind(transaction);
      transaction.commit = () => commit().finally(release);
      transaction.rollback = () => rollback().finally(release);
      // Prisma calls commit()/rollback() only once its COMMIT or ROLLBACK
      // statement has succeeded. When that statement fails (disk full, I/O
      // error), end the transaction here, or the connection stays held and
      // every later request waits for ever. Both releases are idempotent.
      transaction.executeRaw = async (query) => {
        try {
          return await executeRaw(query);
        } catch (error) {
          if (ENDS_TRANSACTION.test(query.sql)) {
            // Fails harmlessly when SQLite has already rolled back by itself.
            await executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => 0);
            await transaction.rollback();
          }
          throw error;
        }
      };
      return transaction;
    } catch (error) {
      release();
      throw error;
    }
  };
  return adapter;
}

/**
 * The better-sqlite3 adapter factory used by the app, the scripts and the
 * Prisma CLI. Four additions to the stock factory:
 * - each connection gets SQLITE_PRAGMAS before Prisma uses it;
 * - concurrent requests never share a transaction (serialiseConnection);
 * - with `reader` (the app's client), a second, read-only connection answers
 *   the SELECTs sent outside a transaction, so that a read (a page, the live
 *   stamp a projector polls) does not queue behind the writes of a hundred
 *   people confirming at once (decision 015, addendum);
 * - the shadow database (used by `migrate diff --from-migrations`) replays
 *   parameterless SQL as a script, since better-sqlite3 refuses several
 *   statements in one `executeRaw` and a migration file has many.
 */
export function sqliteAdapterFactory(
  file: string,
  options: { reader?: boolean } = {},
): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url: file, timeout: 5000 });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      await adapter.executeScript(SQLITE_PRAGMAS);
      // The reader, for the app (not the Prisma CLI, whose migrations read
      // what they have just written): a second, read-only connection to the
      // same file (not for an in-memory database, which a second connection
      // would not share). Opened after the writer, which has created the
      // file and set WAL.
      let reader: SqlDriverAdapter | undefined;
      if (options.reader && file !== ":memory:" && file !== "") {
        reader = await new PrismaBetterSQLite3({ url: file, timeout: 5000, readonly: true }).connect();
        await reader.executeScript("PRAGMA busy_timeout = 5000;");
      }
      return serialiseConnection(adapter, reader);
    },
    connectToShadowDb: async () => {
      const shadow = await factory.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) => {
        if (query.args.length > 0) return executeRaw(query);
        await shadow.executeScript(query.sql);
        return 0;
      };
      return shadow;
    },
  };
}
