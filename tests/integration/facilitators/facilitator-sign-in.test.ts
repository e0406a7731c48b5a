import { beforeEach, describe, expect, it } from "vitest";
import { authenticateFacilitator } from "@/server/facilitators/authenticate-facilitator";
import { resetRateLimits } from "@/server/rate-limit";
import { makeFacilitator, PASSWORD } from "../../support/factories";

describe("facilitator sign-in", () => {
  beforeEach(() => resetRateLimits());

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const f = await makeFacilitator();
    const wrongPassword = authenticateFacilitator({ email: f.email, password: "pas le bon", ip: "10.0.0.2" });
    const unknownEmail = authenticateFacilitator({ email: "personne@exemple.org", password: PASSWORD, ip: "10.0.0.2" });
    // Both expectations attach at once: awaiting one first left the other's
    // rejection unhandled for a while, which Vitest reports as an error.
    await Promise.all([
      expect(wrongPassword).rejects.toMatchObject({ code: "UNAUTHENTICATED", messageKey: "badCredentials" }),
      expect(unknownEmail).rejects.toMatchObject({ code: "UNAUTHENTICATED", messageKey: "badCredentials" }),
    ]);
  });

  it("pauses an account after ten failures from one address, even with the right password", async () => {
    const f = await makeFacilitator();
    for (let i = 0; i < 10; i++) {
      await expect(
        authenticateFacilitator({ email: f.email, password: `faux-${i}`, ip: "10.0.0.3" }),
      ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(authenticateFacilitator({ email: f.email, password: PASSWORD, ip: "10.0.0.3" })).rejects.toMatchObject(
      { code: "RATE_LIMITED" },
    );
    // Another address is not paused by someone else's failures on this account.
    await expect(authenticateFacilitator({ email: f.email, password: PASSWORD, ip: "10.0.0.4" })).resolves.toEqual(
      expect.any(String),
    );
  });

  it("refuses a disabled account", async () => {
    const f = await makeFacilitator();
    const { db } = await import("@/server/db");
    await db.facilitator.update({ where: { id: f.id }, data: { disabledAt: new Date() } });
    await expect(authenticateFacilitator({ email: f.email, password: PASSWORD, ip: "10.0.0.5" })).rejects.toMatchObject(
      { code: "UNAUTHENTICATED" },
    );
  });

  it("lets a demo account in on a local instance only", async () => {
    const f = await makeFacilitator({ isDemo: true });
    await expect(authenticateFacilitator({ email: f.email, password: PASSWORD, ip: "10.0.0.6" })).resolves.toEqual(
      expect.any(String),
    );
    const before = process.env.BASE_URL;
    process.env.BASE_URL = "https://regards.exemple.org";
    try {
      await expect(
        authenticateFacilitator({ email: f.email, password: PASSWORD, ip: "10.0.0.6" }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
        messageKey: "demoAccountNotLocal",
      });
    } finally {
      process.env.BASE_URL = before;
    }
  });
});
