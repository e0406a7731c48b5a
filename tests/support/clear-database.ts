import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

type Delegate = { deleteMany: () => Promise<unknown>; count: () => Promise<number> };

/**
 * Empties every table of this test file's database, so a file that builds
 * many fixtures keeps its database (and its fingerprints) small. Tables are
 * emptied in passes: a delete that a foreign key refuses is tried again once
 * the rows pointing at it are gone.
 */
export async function clearDatabase(): Promise<void> {
  const delegates = Object.values(Prisma.ModelName).map(
    (model) => (db as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!,
  );
  for (let pass = 0; pass < delegates.length; pass++) {
    let left = 0;
    for (const delegate of delegates) {
      try {
        await delegate.deleteMany();
      } catch {
        left++;
      }
    }
    if (left === 0) return;
  }
  throw new Error("clearDatabase: some tables could not be emptied");
}
