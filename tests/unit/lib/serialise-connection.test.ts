import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { serialiseConnection } from "@/lib/sqlite-adapter";

/**
 * The lock around the one SQLite connection, driven the way Prisma drives an
 * adapter (BEGIN through startTransaction, then COMMIT or ROLLBACK through the
 * transaction's executeRaw, then commit() or rollback()). A stand-in
 * connection records what reaches it; the real-database behaviour is in
 * tests/integration/database/transaction-isolation.test.ts.
 */

const sql = (text: string): SqlQuery => ({ sql: text, args: [], argTypes: [] });
const emptyResult = { columnNames: [], columnTypes: [], rows: [] };

function standInConnection(failing: string | null = null, reader?: SqlDriverAdapter) {
  const log: string[] = [];
  const adapter = {
    provider: "sqlite",
    adapterName: "stand-in",
    queryRaw: async (query: SqlQuery) => (log.push(query.sql), emptyResult),
    executeRaw: async (query: SqlQuery) => (log.push(query.sql), 0),
    executeScript: async () => undefined,
    dispose: async () => undefined,
    startTransaction: async () => {
      log.push("BEGIN");
      return {
        provider: "sqlite",
        adapterName: "stand-in",
        options: { usePhantomQuery: false },
        queryRaw: async (query: SqlQuery) => (log.push(`tx ${query.sql}`), emptyResult),
        executeRaw: async (query: SqlQuery) => {
          log.push(`tx ${query.sql}`);
          if (query.sql === failing) throw new Error("disk I/O error");
          return 0;
        },
        commit: async () => void log.push("tx commit()"),
        rollback: async () => void log.push("tx rollback()"),
      };
    },
  } as unknown as SqlDriverAdapter;
  return { adapter: serialiseConnection(adapter, reader), log };
}

/** The same, with a reader connection beside the writer: what reaches each is logged. */
function withReader() {
  const read: string[] = [];
  const reader = {
    queryRaw: async (query: SqlQuery) => (read.push(query.sql), emptyResult),
    dispose: async () => void read.push("reader closed"),
  } as unknown as SqlDriverAdapter;
  return { ...standInConnection(null, reader), read };
}

/** Resolves with the query's outcome, or "still waiting" after a while. */
function settledSoon<T>(promise: Promise<T>): Promise<T | "still waiting"> {
  return Promise.race([promise, new Promise<"still waiting">((r) => setTimeout(() => r("still waiting"), 300))]);
}

describe("the serialised SQLite connection", () => {
  it("runs a query sent during another request's transaction after that transaction's COMMIT", async () => {
    const { adapter, log } = standInConnection();
    const tx = await adapter.startTransaction();
    await tx.executeRaw(sql("INSERT a"));
    const outside = adapter.executeRaw(sql("UPDATE b"));
    expect(await settledSoon(outside)).toBe("still waiting");

    await tx.executeRaw(sql("COMMIT"));
    await tx.commit();
    await outside;
    expect(log).toEqual(["BEGIN", "tx INSERT a", "tx COMMIT", "tx commit()", "UPDATE b"]);
  });

  it("frees the connection when the COMMIT itself fails, after rolling back", async () => {
    const { adapter, log } = standInConnection("COMMIT");
    const tx = await adapter.startTransaction();
    await tx.executeRaw(sql("INSERT a"));
    // Prisma does not call commit() when its COMMIT statement throws.
    await expect(tx.executeRaw(sql("COMMIT"))).rejects.toThrow("disk I/O error");

    expect(await settledSoon(adapter.queryRaw(sql("SELECT c")))).toEqual(emptyResult);
    expect(log).toEqual(["BEGIN", "tx INSERT a", "tx COMMIT", "tx ROLLBACK", "tx rollback()", "SELECT c"]);
  });

  it("frees the connection when the ROLLBACK itself fails", async () => {
    const { adapter } = standInConnection("ROLLBACK");
    const tx = await adapter.startTransaction();
    await expect(tx.executeRaw(sql("ROLLBACK"))).rejects.toThrow("disk I/O error");
    expect(await settledSoon(adapter.queryRaw(sql("SELECT c")))).toEqual(emptyResult);
  });

  it("keeps the connection while a failed statement inside the transaction is handled", async () => {
    const { adapter } = standInConnection("INSERT a");
    const tx = await adapter.startTransaction();
    await expect(tx.executeRaw(sql("INSERT a"))).rejects.toThrow("disk I/O error");
    expect(await settledSoon(adapter.queryRaw(sql("SELECT c")))).toBe("still waiting");
    await tx.executeRaw(sql("ROLLBACK"));
    await tx.rollback();
  });

  it("answers a SELECT from the reader at once while a transaction holds the writer", async () => {
    const { adapter, log, read } = withReader();
    const tx = await adapter.startTransaction();
    await tx.executeRaw(sql("INSERT a"));
    expect(await settledSoon(adapter.queryRaw(sql("SELECT count(*) FROM b")))).toEqual(emptyResult);
    expect(read).toEqual(["SELECT count(*) FROM b"]);
    expect(log).toEqual(["BEGIN", "tx INSERT a"]);
    await tx.executeRaw(sql("COMMIT"));
    await tx.commit();
  });

  it("keeps writes and statements that are not SELECTs on the writer, after the transaction", async () => {
    const { adapter, log, read } = withReader();
    const tx = await adapter.startTransaction();
    const write = adapter.queryRaw(sql("INSERT INTO b VALUES (1) RETURNING id"));
    const cte = adapter.queryRaw(sql("WITH x AS (SELECT 1) UPDATE b SET c = 1"));
    expect(await settledSoon(write)).toBe("still waiting");
    await tx.executeRaw(sql("COMMIT"));
    await tx.commit();
    await Promise.all([write, cte]);
    expect(read).toEqual([]);
    expect(log).toEqual([
      "BEGIN",
      "tx COMMIT",
      "tx commit()",
      "INSERT INTO b VALUES (1) RETURNING id",
      "WITH x AS (SELECT 1) UPDATE b SET c = 1",
    ]);
  });

  it("closes the reader with the writer", async () => {
    const { adapter, read } = withReader();
    await adapter.dispose();
    expect(read).toEqual(["reader closed"]);
  });
});
