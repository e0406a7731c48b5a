import type { Prisma } from "@/generated/prisma/client";
import { dbFingerprint } from "./db-fingerprint";

/**
 * What an allowed call may change, as the security matrix checks it: rows
 * of `table` whose columns equal every value in `where` (a list means « one
 * of these »). No `where`: any row of the table. A row counts as changed when
 * it was added, deleted, or any of its columns differs; both its old and its
 * new version must fall inside one of the scopes. A `where` value may also
 * be a predicate on the column's value.
 *
 *   { table: "Position", where: { participantId: caller.participantId } }
 *   { table: "AuditEvent", where: { demarcheId: f.demarcheId } }
 */
export type WriteScope = { table: Prisma.ModelName; where?: Record<string, unknown> };

export type RowChange = { table: string; change: "added" | "deleted"; row: Record<string, unknown> };

/** Every row of every table, parsed from the full-row fingerprint (tests/support/db-fingerprint.ts). */
export type DbSnapshot = Record<string, string[]>;

export async function dbSnapshot(): Promise<DbSnapshot> {
  return JSON.parse(await dbFingerprint()) as DbSnapshot;
}

/** Rows added or deleted between two snapshots (a changed row is its old version deleted and its new one added). */
export function diffSnapshots(before: DbSnapshot, after: DbSnapshot): RowChange[] {
  const changes: RowChange[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = new Set(before[table] ?? []);
    const is = new Set(after[table] ?? []);
    for (const row of was) if (!is.has(row)) changes.push({ table, change: "deleted", row: JSON.parse(row) });
    for (const row of is) if (!was.has(row)) changes.push({ table, change: "added", row: JSON.parse(row) });
  }
  return changes;
}

function matches(scope: WriteScope, change: RowChange): boolean {
  if (scope.table !== change.table) return false;
  return Object.entries(scope.where ?? {}).every(([column, expected]) => {
    const actual = change.row[column];
    if (typeof expected === "function") return Boolean((expected as (v: unknown) => unknown)(actual));
    return Array.isArray(expected) ? expected.includes(actual) : actual === expected;
  });
}

/** The changes that fall outside every scope: what the call wrote without being allowed to. */
export function changesOutside(changes: RowChange[], scopes: readonly WriteScope[]): RowChange[] {
  return changes.filter((change) => !scopes.some((scope) => matches(scope, change)));
}

/** A short, readable line per change, for a failure message. */
export function describeChanges(changes: RowChange[]): string[] {
  return changes.map((c) => {
    const keys = Object.entries(c.row)
      .filter(([k, v]) => k === "id" || (k.endsWith("Id") && typeof v === "string") || k === "action")
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(" ");
    return `${c.change} ${c.table} ${keys}`;
  });
}
