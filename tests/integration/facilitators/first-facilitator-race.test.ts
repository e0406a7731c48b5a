import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createFirstFacilitator } from "@/server/facilitators/create-first-facilitator";

describe("first facilitator account under concurrent first-run submissions", () => {
  it("is created exactly once when several people submit the first-run form at the same moment", async () => {
    const attempts = Array.from({ length: 6 }, (_, i) =>
      createFirstFacilitator({
        name: `Personne ${i}`,
        email: `personne${i}@exemple.org`,
        password: "une phrase de passe",
      }),
    );
    const outcomes = await Promise.allSettled(attempts);

    const created = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(created).toHaveLength(1);
    for (const r of refused) {
      expect(r.reason).toMatchObject({ code: "INVALID_STATE", messageKey: "firstAccountExists" });
    }
    expect(await db.facilitator.count()).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "facilitator.create-first" } })).toBe(1);
  });
});
