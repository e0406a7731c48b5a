import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeDemarche, makeFacilitatorViewer } from "../../support/factories";

/** Both databases' migrations add a trigger that refuses a group minimum under 3 (decision 013). */
describe("a group's minimum", () => {
  it("cannot be stored below 3: the database refuses it", async () => {
    const demarche = await makeDemarche(await makeFacilitatorViewer(), "Démarche au plancher");
    const groupId = demarche.groups[0]!.id;
    await expect(db.group.update({ where: { id: groupId }, data: { minSize: 2 } })).rejects.toThrow();
    expect((await db.group.findUniqueOrThrow({ where: { id: groupId } })).minSize).toBe(3);
  });
});
