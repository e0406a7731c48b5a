import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

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
 * The better-sqlite3 adapter factory used by the app, the scripts and the
 * Prisma CLI. Two additions to the stock factory:
 * - each connection gets SQLITE_PRAGMAS before Prisma uses it;
 * - the shadow database (used by `migrate diff --from-migrations`) replays
 *   parameterless SQL as a script, since better-sqlite3 refuses several
 *   statements in one `executeRaw` and a migration file has many.
 */
export function sqliteAdapterFactory(file: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url: file, timeout: 5000 });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      await adapter.executeScript(SQLITE_PRAGMAS);
      return adapter;
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
