import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

/**
 * Every row of every table, as one comparable string: a refused call must
 * leave it exactly as it was (no row written, changed or deleted, no audit).
 * The failure budgets are left out: counting a refused attempt is what they
 * are for (tests/integration/security/rate-limits.test.ts checks them).
 */
export async function dbFingerprint(): Promise<string> {
  const tables: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    if (model === Prisma.ModelName.RateLimitBucket) continue;
    const delegate = model.charAt(0).toLowerCase() + model.slice(1);
    const rows =
      (await (db as unknown as Record<string, { findMany: () => Promise<unknown[]> }>)[delegate]!.findMany()) ?? [];
    tables[model] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return JSON.stringify(tables);
}
