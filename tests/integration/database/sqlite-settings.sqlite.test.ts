import { describe, expect, it } from "vitest";
import { db } from "@/server/db";

describe("SQLite connection settings", () => {
  it("runs in WAL mode with a busy timeout, foreign keys and NORMAL sync, as read back from the app's own connection", async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [timeout] = await db.$queryRawUnsafe<{ timeout: bigint }[]>("PRAGMA busy_timeout");
    const [fk] = await db.$queryRawUnsafe<{ foreign_keys: bigint }[]>("PRAGMA foreign_keys");
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint }[]>("PRAGMA synchronous");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(timeout?.timeout)).toBe(5000);
    expect(Number(fk?.foreign_keys)).toBe(1);
    expect(Number(sync?.synchronous)).toBe(1); // NORMAL
  });
});
