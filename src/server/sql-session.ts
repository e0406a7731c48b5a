import "server-only";
import {
  type ArgType,
  type ColumnType,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQuery,
  type SqlQueryable,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db-client";
import { AppError } from "@/server/errors";

/**
 * A few hand-written SQL statements, run either through Prisma's raw queries
 * (inside a Prisma transaction) or straight on the driver adapter Prisma
 * itself uses (decision 025). The statements of the hot path (session lookup,
 * autosave, confirmation) take a SqlSession so that the same function serves
 * both: the participant's own saves run on the adapter, without Prisma's
 * client runtime and query compiler (about a third of a request's CPU); the
 * facilitator's saves on someone's behalf, which also use Prisma's model API,
 * run them inside their Prisma transaction.
 *
 * Rows come back as objects keyed by column name, with the values Prisma's
 * raw queries give (see valueOf): read them with the functions of
 * src/server/raw-sql.ts, which also accept each driver's plain forms.
 */
export type SqlRow = Record<string, unknown>;

type Sql = Prisma.Sql;

export type SqlSession = {
  query(statement: Sql): Promise<SqlRow[]>;
  /** The number of rows written. */
  execute(statement: Sql): Promise<number>;
};

/** The hot path's database: statements outside a transaction, or a transaction of them. */
export type DriverSql = SqlSession & {
  /**
   * Runs `fn` in one transaction on one connection (PostgreSQL) or holding
   * SQLite's one writer, exactly as a Prisma interactive transaction does
   * with the same adapter: committed when `fn` returns, rolled back when it
   * throws. Same limits as Prisma's (TRANSACTION_OPTIONS): a transaction
   * that cannot start within `maxWait`, or is still running after `timeout`,
   * is rolled back whole and answered BUSY. `limits` overrides them, as
   * Prisma's options do.
   */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>, limits?: Partial<Limits>): Promise<T>;
};

/** Runs the statements through Prisma's raw queries on `client` (a transaction's `tx`, or `db`). */
export function prismaSqlSession(client: Tx): SqlSession {
  return {
    query: (statement) => client.$queryRaw<SqlRow[]>(statement),
    execute: (statement) => client.$executeRaw(statement),
  };
}

/** What each value is, for the adapter; both adapters also convert a Date and a boolean by their JS type. */
function argTypeOf(value: unknown): ArgType {
  const scalarType =
    typeof value === "string"
      ? "string"
      : typeof value === "boolean"
        ? "boolean"
        : typeof value === "number"
          ? Number.isInteger(value)
            ? "int"
            : "float"
          : value instanceof Date
            ? "datetime"
            : "unknown";
  return { scalarType, arity: "scalar" } as ArgType;
}

/**
 * A driver's value as Prisma's raw queries give it, by the column's type:
 * the adapters hand over dates as text, and the SQLite adapter integers
 * (booleans included) as decimal text, which Prisma's client converts.
 */
function valueOf(value: unknown, type: ColumnType | undefined): unknown {
  if (value === null || typeof value !== "string") return value;
  switch (type) {
    case ColumnTypeEnum.Int32:
    case ColumnTypeEnum.Int64: {
      const number = Number(value);
      if (!Number.isSafeInteger(number)) throw new Error(`raw SQL: integer ${value} out of range`);
      return number;
    }
    case ColumnTypeEnum.Boolean:
      return value === "1" || value === "true";
    case ColumnTypeEnum.DateTime:
      return new Date(value);
    default:
      return value;
  }
}

function busy(): AppError {
  return new AppError("BUSY", "busy");
}

const NO_ARGS = { args: [], argTypes: [] };

export type Limits = { maxWait: number; timeout: number };

/**
 * The hot path's statements on `adapter()`: the connected adapter Prisma's
 * client shares (src/server/db-client.ts), so the same pool of PostgreSQL
 * connections and, on SQLite, the same writer, its lock and its read-only
 * reader (src/lib/sqlite-adapter.ts: a SELECT outside a transaction goes to
 * the reader).
 */
export function driverSql(
  adapter: () => Promise<SqlDriverAdapter>,
  options: { placeholders: "dollar" | "question"; limits: Limits },
): DriverSql {
  const toQuery = (statement: Sql): SqlQuery => {
    const args = statement.values as unknown[];
    return {
      sql: options.placeholders === "dollar" ? statement.text : statement.sql,
      args,
      argTypes: args.map(argTypeOf),
    } as SqlQuery;
  };
  const sessionOn = (queryable: SqlQueryable, closed: () => boolean): SqlSession => ({
    async query(statement) {
      if (closed()) throw busy();
      const { columnNames, columnTypes, rows } = await queryable.queryRaw(toQuery(statement));
      return rows.map((row) =>
        Object.fromEntries(columnNames.map((name, i) => [name, valueOf(row[i], columnTypes[i])])),
      );
    },
    async execute(statement) {
      if (closed()) throw busy();
      return queryable.executeRaw(toQuery(statement));
    },
  });
  const outside = async () => sessionOn(await adapter(), () => false);

  return {
    query: async (statement) => (await outside()).query(statement),
    execute: async (statement) => (await outside()).execute(statement),
    async transaction(fn, limits) {
      const { maxWait, timeout } = { ...options.limits, ...limits };
      const starting = (await adapter()).startTransaction();
      let waited: ReturnType<typeof setTimeout> | undefined;
      const tooLate = new Promise<never>((_, reject) => {
        waited = setTimeout(() => reject(busy()), maxWait);
      });
      const tx = await Promise.race([starting, tooLate])
        .catch((error: unknown) => {
          // Started after all: end it at once, so its connection (or SQLite's writer) is not held.
          starting.then((late) => rollback(late)).catch(() => undefined);
          throw error;
        })
        // Also when starting failed at once: no timer left to keep a script's process alive.
        .finally(() => clearTimeout(waited));
      let expired = false;
      const timer = setTimeout(() => {
        expired = true;
      }, timeout);
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        result = await fn(sessionOn(tx, () => expired));
        if (expired) throw busy();
      } catch (error) {
        clearTimeout(timer);
        await rollback(tx);
        throw error;
      }
      clearTimeout(timer);
      // As Prisma does: the COMMIT statement, then the adapter's commit (which
      // releases the connection). When COMMIT fails, the adapters' wrappers
      // (src/lib/*-adapter.ts) have already ended the transaction and released it.
      await tx.executeRaw({ sql: "COMMIT", ...NO_ARGS } as SqlQuery);
      await tx.commit();
      return result;
    },
  };
}

/** ROLLBACK, then the adapter's rollback (releases the connection), even when the statement fails. */
async function rollback(tx: Transaction): Promise<void> {
  try {
    await tx.executeRaw({ sql: "ROLLBACK", ...NO_ARGS } as SqlQuery);
  } catch {
    // The connection is broken or the transaction already ended: nothing to undo.
  } finally {
    await tx.rollback();
  }
}
