import { beforeEach, describe, expect, it } from "vitest";
import { redeemLoginTicket } from "@/server/auth/login-tickets";
import { db } from "@/server/db";
import { authenticateFacilitator } from "@/server/facilitators/authenticate-facilitator";
import { createFirstFacilitator, hasAnyFacilitator } from "@/server/facilitators/create-first-facilitator";
import { resetRateLimits } from "@/server/rate-limit";

describe("first facilitator account", () => {
  beforeEach(() => resetRateLimits());

  it("is created once, with an argon2id hash at OWASP's parameters, and signs in", async () => {
    expect(await hasAnyFacilitator()).toBe(false);
    const { facilitatorId } = await createFirstFacilitator({
      name: "Léa",
      email: "Lea@Exemple.org",
      password: "une phrase de passe",
    });
    const stored = await db.facilitator.findUniqueOrThrow({ where: { id: facilitatorId } });
    expect(stored.email).toBe("lea@exemple.org");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored.passwordHash).not.toContain("une phrase de passe");

    const ticket = await authenticateFacilitator({
      email: "LEA@exemple.org ",
      password: "une phrase de passe",
      ip: "10.0.0.1",
    });
    expect(await redeemLoginTicket(ticket)).toEqual({ kind: "facilitator", facilitatorId });
    // A ticket works once.
    expect(await redeemLoginTicket(ticket)).toBeNull();
  });

  it("refuses a second first account, whoever asks", async () => {
    await expect(
      createFirstFacilitator({ name: "Autre", email: "autre@exemple.org", password: "une autre phrase" }),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "firstAccountExists",
    });
    expect(await db.facilitator.count()).toBe(1);
  });
});
