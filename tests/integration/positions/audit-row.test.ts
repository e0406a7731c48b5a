import { describe, expect, it } from "vitest";
import { type AuditEntry, recordAudit, recordAuditRaw } from "@/server/audit";
import { ANONYMOUS, type Viewer } from "@/server/auth/viewer";
import { db, sql } from "@/server/db";
import { submitMyPosition } from "@/server/positions/submit-my-position";
import { prismaSqlSession } from "@/server/sql-session";
import { answers, makeWorkshop } from "../../support/factories";

/**
 * The confirmation writes its audit row with one raw INSERT
 * (recordAuditRaw, decision 019, addendum on raw SQL). These pin, on
 * whichever database runs the suite, that the row is the one recordAudit
 * (Prisma's `create`) writes for the same entry: every column equal, an id of
 * the form `@default(cuid())` gives, a creation date Prisma reads back as a
 * Date of the moment, in the caller's transaction, whether that transaction
 * runs on the driver adapter (the participant's own saves, decision 025) or
 * through Prisma's raw queries.
 */
const CUID = /^c[a-z0-9]{24}$/;

const PATHS = ["driver adapter", "Prisma's raw queries"] as const;

async function bothRows(viewer: Viewer, entry: AuditEntry, path: (typeof PATHS)[number]) {
  const before = new Date();
  if (path === "driver adapter") {
    await db.$transaction((tx) => recordAudit(viewer, entry, tx));
    await sql.transaction((tx) => recordAuditRaw(viewer, entry, tx));
  } else {
    await db.$transaction(async (tx) => {
      await recordAudit(viewer, entry, tx);
      await recordAuditRaw(viewer, entry, prismaSqlSession(tx));
    });
  }
  const after = new Date();
  const rows = await db.auditEvent.findMany({ where: { action: entry.action }, orderBy: { createdAt: "asc" } });
  expect(rows).toHaveLength(2);
  for (const row of rows) {
    expect(row.id).toMatch(CUID);
    expect(row.createdAt).toBeInstanceOf(Date);
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(row.createdAt.getTime()).toBeLessThanOrEqual(after.getTime());
  }
  const [prisma, raw] = rows.map((row) => ({ ...row, id: undefined, createdAt: undefined }));
  return { prisma, raw, ids: rows.map((r) => r.id) };
}

describe.each(PATHS)("the confirmation's audit row, one raw INSERT (%s)", (path) => {
  // Each path's rows under their own action names: both share the database.
  const tag = path === "driver adapter" ? "driver" : "prisma";
  it("equals the row Prisma writes, for a participant with details to escape", async () => {
    const { groupA, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const me = groupA.people[0]!;
    const { prisma, raw, ids } = await bothRows(
      me,
      {
        demarcheId,
        action: `test.${tag}.participant`,
        entityType: "Position",
        entityId: "p-1';--",
        detail: { groupId: groupA.id, note: '« l\'équipe »; "x" \\ é' },
      },
      path,
    );
    expect(raw).toStrictEqual(prisma);
    expect(raw).toStrictEqual({
      id: undefined,
      createdAt: undefined,
      demarcheId,
      actorKind: "participant",
      actorId: me.participantId,
      action: `test.${tag}.participant`,
      entityType: "Position",
      entityId: "p-1';--",
      detail: JSON.stringify({ groupId: groupA.id, note: '« l\'équipe »; "x" \\ é' }),
    });
    expect(new Set(ids).size).toBe(2);
  });

  it("equals it for a facilitator, and with the nulls of an anonymous caller and no démarche", async () => {
    const { facilitator, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const asFacilitator = await bothRows(
      facilitator,
      { demarcheId, action: `test.${tag}.facilitator`, entityType: "Demarche" },
      path,
    );
    expect(asFacilitator.raw).toStrictEqual(asFacilitator.prisma);
    expect(asFacilitator.raw).toMatchObject({ actorKind: "facilitator", entityId: null, detail: "{}" });

    const anonymous = await bothRows(
      ANONYMOUS,
      { demarcheId: null, action: `test.${tag}.anonymous`, entityType: "System" },
      path,
    );
    expect(anonymous.raw).toStrictEqual(anonymous.prisma);
    expect(anonymous.raw).toStrictEqual({
      id: undefined,
      createdAt: undefined,
      demarcheId: null,
      actorKind: "system",
      actorId: null,
      action: `test.${tag}.anonymous`,
      entityType: "System",
      entityId: null,
      detail: "{}",
    });
  });

  it("is written in the caller's transaction: gone if it rolls back", async () => {
    const { groupA, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const entry = { demarcheId, action: `test.${tag}.rollback`, entityType: "Position" };
    const failed =
      path === "driver adapter"
        ? sql.transaction(async (tx) => {
            await recordAuditRaw(groupA.people[0]!, entry, tx);
            throw new Error("rolled back");
          })
        : db.$transaction(async (tx) => {
            await recordAuditRaw(groupA.people[0]!, entry, prismaSqlSession(tx));
            throw new Error("rolled back");
          });
    await expect(failed).rejects.toThrow("rolled back");
    expect(await db.auditEvent.count({ where: { action: `test.${tag}.rollback` } })).toBe(0);
  });

  it("is what a confirmation leaves: one row per confirmation, naming the person, their position and group", async () => {
    const { groupA, demarcheId } = await makeWorkshop({ perGroup: 1 });
    const me = groupA.people[0]!;
    await submitMyPosition(me, answers([400, 300, 300], [200, 300, 500]));
    await submitMyPosition(me, answers([500, 300, 200], [200, 300, 500]));
    const position = await db.position.findUniqueOrThrow({ where: { participantId: me.participantId } });
    const rows = await db.auditEvent.findMany({ where: { action: "position.submit", actorId: me.participantId } });
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
    for (const row of rows) {
      expect(row.id).toMatch(CUID);
      expect(row).toMatchObject({
        demarcheId,
        actorKind: "participant",
        entityType: "Position",
        entityId: position.id,
        detail: JSON.stringify({ groupId: groupA.id }),
      });
    }
  });
});
