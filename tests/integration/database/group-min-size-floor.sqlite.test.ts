import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeDemarche, makeFacilitatorViewer } from "../../support/factories";

/**
 * SQLite only: its migration adds triggers that refuse a group minimum under
 * 3 (decision 013). PostgreSQL has no database-level floor with this
 * toolchain; there the server's checks hold it.
 */
describe("a group's minimum", () => {
  it("cannot be stored below 3: the database refuses it", async () => {
    const demarche = await makeDemarche(await makeFacilitatorViewer(), "Démarche au plancher");
    const groupId = demarche.groups[0]!.id;
    await expect(db.group.update({ where: { id: groupId }, data: { minSize: 2 } })).rejects.toThrow();
    expect((await db.group.findUniqueOrThrow({ where: { id: groupId } })).minSize).toBe(3);
  });
});
