import { ColumnTypeEnum, type SqlDriverAdapter, type SqlQuery } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { driverSql } from "@/server/sql-session";

/**
 * The hot path's transactions on the driver adapter (decision 025) must end
 * the way Prisma's own interactive transactions do with the same adapters:
 * COMMIT then commit() (which releases the connection), ROLLBACK then
 * rollback() on any failure, nothing more after a failed COMMIT (the adapters'
 * wrappers have already released it), and BUSY past the same time limits,
 * without leaving a connection or SQLite's writer held. A fake adapter
 * records what is asked of it.
 */
type Step = string;

function fakeAdapter(
  options: {
    startDelayMs?: number;
    failCommit?: boolean;
    failRollback?: boolean;
    result?: { columnNames: string[]; columnTypes: number[]; rows: unknown[][] };
  } = {},
) {
  const steps: Step[] = [];
  const queries: SqlQuery[] = [];
  const queryable = (prefix: string) => ({
    async queryRaw(query: SqlQuery) {
      queries.push(query);
      steps.push(`${prefix}query ${query.sql}`);
      return options.result ?? { columnNames: [], columnTypes: [], rows: [] };
    },
    async executeRaw(query: SqlQuery) {
      steps.push(`${prefix}execute ${query.sql}`);
      if (query.sql === "COMMIT" && options.failCommit) throw new Error("commit failed");
      if (query.sql === "ROLLBACK" && options.failRollback) throw new Error("connection lost");
      queries.push(query);
      return 1;
    },
  });
  const adapter = {
    ...queryable(""),
    async startTransaction() {
      steps.push("start");
      if (options.startDelayMs) await new Promise((resolve) => setTimeout(resolve, options.startDelayMs));
      steps.push("started");
      return {
        ...queryable("tx "),
        commit: async () => void steps.push("commit()"),
        rollback: async () => void steps.push("rollback()"),
      };
    },
  } as unknown as SqlDriverAdapter;
  return { adapter, steps, queries };
}

const LIMITS = { maxWait: 1_000, timeout: 1_000 };

function sqlOn(adapter: SqlDriverAdapter, placeholders: "dollar" | "question" = "question") {
  return driverSql(async () => adapter, { placeholders, limits: LIMITS });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a transaction on the driver adapter", () => {
  it("runs its statements, then COMMIT, then commit(), and gives back what fn returned", async () => {
    const { adapter, steps } = fakeAdapter();
    const result = await sqlOn(adapter).transaction(async (tx) => {
      await tx.execute(Prisma.sql`UPDATE "Position" SET "status" = ${"submitted"}`);
      return "done";
    });
    expect(result).toBe("done");
    expect(steps).toEqual([
      "start",
      "started",
      'tx execute UPDATE "Position" SET "status" = ?',
      "tx execute COMMIT",
      "commit()",
    ]);
  });

  it("rolls back and rethrows when fn throws, never committing", async () => {
    const { adapter, steps } = fakeAdapter();
    const refused = new AppError("FORBIDDEN", "forbidden");
    const error = await rejection(
      sqlOn(adapter).transaction(async (tx) => {
        await tx.query(Prisma.sql`SELECT 1`);
        throw refused;
      }),
    );
    expect(error).toBe(refused);
    expect(steps).toEqual(["start", "started", "tx query SELECT 1", "tx execute ROLLBACK", "rollback()"]);
  });

  it("still releases the connection when the ROLLBACK statement itself fails", async () => {
    const { adapter, steps } = fakeAdapter({ failRollback: true });
    const error = await rejection(
      sqlOn(adapter).transaction(async () => {
        throw new Error("fn failed");
      }),
    );
    expect((error as Error).message).toBe("fn failed");
    expect(steps.slice(-2)).toEqual(["tx execute ROLLBACK", "rollback()"]);
  });

  it("after a failed COMMIT, rethrows and asks nothing more of the adapter (its wrapper has ended it)", async () => {
    const { adapter, steps } = fakeAdapter({ failCommit: true });
    const error = await rejection(sqlOn(adapter).transaction(async () => "written"));
    expect((error as Error).message).toBe("commit failed");
    expect(steps).toEqual(["start", "started", "tx execute COMMIT"]);
  });

  it("answers BUSY when it cannot start within maxWait, and ends the late one as soon as it starts", async () => {
    const { adapter, steps } = fakeAdapter({ startDelayMs: 60 });
    let ran = false;
    const error = await rejection(
      sqlOn(adapter).transaction(
        async () => {
          ran = true;
        },
        { maxWait: 10 },
      ),
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("BUSY");
    expect(ran).toBe(false);
    await wait(100);
    expect(steps).toEqual(["start", "started", "tx execute ROLLBACK", "rollback()"]);
  });

  it("answers BUSY when still running after its timeout: rolled back, not committed, later statements refused", async () => {
    const { adapter, steps } = fakeAdapter();
    const error = await rejection(
      sqlOn(adapter).transaction(
        async (tx) => {
          await wait(30);
          await tx.execute(Prisma.sql`DELETE FROM "Position"`);
        },
        { timeout: 5 },
      ),
    );
    expect((error as AppError).code).toBe("BUSY");
    expect(steps).toEqual(["start", "started", "tx execute ROLLBACK", "rollback()"]);
  });

  it("answers BUSY when fn returns after its timeout without touching the database again", async () => {
    const { adapter, steps } = fakeAdapter();
    const error = await rejection(sqlOn(adapter).transaction(() => wait(30), { timeout: 5 }));
    expect((error as AppError).code).toBe("BUSY");
    expect(steps).not.toContain("commit()");
    expect(steps.slice(-2)).toEqual(["tx execute ROLLBACK", "rollback()"]);
  });
});

describe("a transaction that cannot start", () => {
  it("passes on the adapter's error at once and leaves no maxWait timer running", async () => {
    const failing = {
      startTransaction: async () => {
        throw new Error("connection refused");
      },
    } as unknown as SqlDriverAdapter;
    const timersBefore = process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const error = await rejection(sqlOn(failing).transaction(async () => "never", { maxWait: 60_000 }));
    expect((error as Error).message).toBe("connection refused");
    expect(process.getActiveResourcesInfo().filter((r) => r === "Timeout").length).toBe(timersBefore);
  });
});

describe("statements on the driver adapter", () => {
  it("numbers PostgreSQL's placeholders, keeps SQLite's, and passes values with their types", async () => {
    const at = new Date("2026-12-07T18:00:00.123Z");
    const statement = Prisma.sql`UPDATE t SET a = ${"x"}, b = ${3}, c = ${at}, d = ${null}, e = ${true} WHERE f = ${0.5}`;
    const postgres = fakeAdapter();
    await sqlOn(postgres.adapter, "dollar").execute(statement);
    expect(postgres.queries[0]).toEqual({
      sql: "UPDATE t SET a = $1, b = $2, c = $3, d = $4, e = $5 WHERE f = $6",
      args: ["x", 3, at, null, true, 0.5],
      argTypes: [
        { scalarType: "string", arity: "scalar" },
        { scalarType: "int", arity: "scalar" },
        { scalarType: "datetime", arity: "scalar" },
        { scalarType: "unknown", arity: "scalar" },
        { scalarType: "boolean", arity: "scalar" },
        { scalarType: "float", arity: "scalar" },
      ],
    });
    const sqlite = fakeAdapter();
    await sqlOn(sqlite.adapter, "question").execute(statement);
    expect(sqlite.queries[0]!.sql).toBe("UPDATE t SET a = ?, b = ?, c = ?, d = ?, e = ? WHERE f = ?");
  });

  it("gives rows keyed by column, with integers, booleans and dates as Prisma's raw queries give them", async () => {
    const { adapter } = fakeAdapter({
      result: {
        columnNames: ["minSize", "big", "isDemo", "off", "at", "name", "code", "none"],
        columnTypes: [
          ColumnTypeEnum.Int32,
          ColumnTypeEnum.Int64,
          ColumnTypeEnum.Boolean,
          ColumnTypeEnum.Boolean,
          ColumnTypeEnum.DateTime,
          ColumnTypeEnum.Text,
          ColumnTypeEnum.Text,
          ColumnTypeEnum.DateTime,
        ],
        // The SQLite adapter's forms: integers and booleans as decimal text, dates as ISO text.
        rows: [["3", "400", "1", "0", "2026-12-07T18:00:00.123+00:00", "Équipe", "0", null]],
      },
    });
    expect(await sqlOn(adapter).query(Prisma.sql`SELECT …`)).toStrictEqual([
      {
        minSize: 3,
        big: 400,
        isDemo: true,
        off: false,
        at: new Date("2026-12-07T18:00:00.123Z"),
        name: "Équipe",
        code: "0",
        none: null,
      },
    ]);
  });

  it("refuses an integer beyond what a number holds exactly instead of rounding it", async () => {
    const { adapter } = fakeAdapter({
      result: { columnNames: ["n"], columnTypes: [ColumnTypeEnum.Int64], rows: [["9007199254740993"]] },
    });
    await expect(sqlOn(adapter).query(Prisma.sql`SELECT n`)).rejects.toThrow(/out of range/);
  });
});
