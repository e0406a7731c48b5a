import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";

/**
 * A request's write must never ride along with another request's open
 * transaction. On SQLite the app shares one connection; a single-statement
 * query sent while another request's interactive transaction was open used
 * to run inside it, so that transaction's rollback silently took an
 * acknowledged write with it, and readers saw rows that were never committed.
 */

/** Request A: writes in a transaction, waits to be told, then fails (rollback). */
function openFailingTransaction() {
  let fail!: () => void;
  const mayFail = new Promise<void>((resolve) => (fail = resolve));
  let wrote!: () => void;
  const hasWritten = new Promise<void>((resolve) => (wrote = resolve));
  const outcome = db
    .$transaction(async (tx) => {
      await tx.auditEvent.create({ data: { actorKind: "system", action: "isolation.a", entityType: "Test" } });
      wrote();
      await mayFail;
      throw new Error("request A fails after writing");
    })
    .catch((error: Error) => error.message);
  return { hasWritten, fail, outcome };
}

describe("concurrent requests and transactions", () => {
  let pendingFailure: (() => void) | undefined;
  afterEach(() => pendingFailure?.());

  it("keeps an update acknowledged outside a transaction when that transaction rolls back", async () => {
    const row = await db.auditEvent.create({ data: { actorKind: "system", action: "before", entityType: "Test" } });
    const a = openFailingTransaction();
    pendingFailure = a.fail;
    await a.hasWritten;

    // Request B, outside any transaction, while A is still open; B is only
    // acknowledged once it has resolved.
    const b = db.auditEvent.update({ where: { id: row.id }, data: { action: "after" } });
    setTimeout(a.fail, 50);
    await b;

    expect(await a.outcome).toBe("request A fails after writing");
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).action).toBe("after");
  });

  it("keeps a raw statement acknowledged outside a transaction when that transaction rolls back", async () => {
    const row = await db.auditEvent.create({ data: { actorKind: "system", action: "before", entityType: "Test" } });
    const a = openFailingTransaction();
    pendingFailure = a.fail;
    await a.hasWritten;

    const b = db.$executeRaw`UPDATE "AuditEvent" SET "entityType" = 'Raw' WHERE "id" = ${row.id}`;
    setTimeout(a.fail, 50);
    await b;

    expect(await a.outcome).toBe("request A fails after writing");
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).entityType).toBe("Raw");
  });

  it("never shows a reader what another request has not committed", async () => {
    const a = openFailingTransaction();
    pendingFailure = a.fail;
    await a.hasWritten;

    const seen = db.auditEvent.count({ where: { action: "isolation.a" } });
    setTimeout(a.fail, 50);

    expect(await seen).toBe(0);
    expect(await a.outcome).toBe("request A fails after writing");
    expect(await db.auditEvent.count({ where: { action: "isolation.a" } })).toBe(0);
  });

  it("answers a reader at once, while another request's transaction is still open", async () => {
    // A page or the live stamp must not queue behind a burst of writes
    // (decision 015): on SQLite a SELECT outside a transaction has its own connection.
    await db.auditEvent.create({ data: { actorKind: "system", action: "isolation.committed", entityType: "Test" } });
    const a = openFailingTransaction();
    pendingFailure = a.fail;
    await a.hasWritten;
    const order: string[] = [];
    void a.outcome.then(() => order.push("A ended"));
    // Should the read wait for the connection, A ends anyway, first.
    const fallback = setTimeout(a.fail, 1000);

    const committed = await db.auditEvent.count({ where: { action: { startsWith: "isolation." } } });
    order.push("read answered");
    a.fail();
    await a.outcome;
    clearTimeout(fallback);

    expect(order).toEqual(["read answered", "A ended"]);
    expect(committed).toBe(1);
  });
});
