import "server-only";

/**
 * Reading the rows of a raw statement (`db.$queryRaw`) into typed values, the
 * same on SQLite and PostgreSQL (decision 019, addendum on raw SQL). Prisma
 * 6.19 already converts a raw result's columns by their declared types with
 * both driver adapters (DateTime → Date, Boolean → boolean, Int → number),
 * which tests/integration/auth/live-session.test.ts and
 * tests/integration/positions/position-owner.test.ts pin on both databases; these functions say
 * what each column must be and accept the driver's plain forms too (SQLite's
 * 0/1 booleans, ISO text or epoch-millisecond dates, bigint integers), so a
 * column read through an expression (which loses its declared type) or a
 * changed adapter gives the same values. Anything else is a programming
 * error, thrown rather than passed on as a wrong value.
 */

function unexpected(what: string, value: unknown): Error {
  return new Error(`raw SQL: expected ${what}, got ${typeof value} ${String(value)}`);
}

export function rawDate(value: unknown): Date {
  const date =
    value instanceof Date
      ? value
      : typeof value === "string" || typeof value === "number"
        ? new Date(value)
        : typeof value === "bigint"
          ? new Date(Number(value))
          : null;
  if (date === null || Number.isNaN(date.getTime())) throw unexpected("a date", value);
  return date;
}

export function rawNullableDate(value: unknown): Date | null {
  return value === null || value === undefined ? null : rawDate(value);
}

export function rawBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1 || value === 0n || value === 1n) return Number(value) === 1;
  throw unexpected("a boolean", value);
}

export function rawString(value: unknown): string {
  if (typeof value === "string") return value;
  throw unexpected("a string", value);
}

export function rawNullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : rawString(value);
}

export function rawInt(value: unknown): number {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "bigint" && value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER))
    return Number(value);
  throw unexpected("an integer", value);
}

export function rawNullableInt(value: unknown): number | null {
  return value === null || value === undefined ? null : rawInt(value);
}
