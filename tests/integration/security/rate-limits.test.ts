import "../../support/mock-next";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { enterCodeAction } from "@/app/(site)/actions";
import { signInFacilitatorAction } from "@/app/(site)/connexion/actions";
import { createFirstFacilitatorAction } from "@/app/(site)/premier-compte/actions";
import { db } from "@/server/db";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";
import { recordFailure, resetRateLimits } from "@/server/rate-limit";
import { sendForwardedFor, sendFrom, sendWithoutServerEntry } from "../../support/acting-as";
import { callAction, type Outcome } from "../../support/call-endpoint";
import { clearDatabase } from "../../support/clear-database";
import { makeDemarche, makeFacilitator, makeFacilitatorViewer, PASSWORD } from "../../support/factories";

/**
 * The budgets of SECURITY.md, tried through the real server actions with the
 * real request context: the address is read from the header the server entry
 * (scripts/server.mjs) sets from the socket, never from X-Forwarded-For,
 * which the client writes. The counters live in the database; the server
 * process itself is tried in tests/durability/failure-budgets.test.ts.
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Calls an action from `ip` (as the server entry recorded it), with a forged X-Forwarded-For of the client's own. */
async function from(ip: string, action: (input: never) => Promise<unknown>, input: unknown): Promise<Outcome> {
  sendFrom(ip);
  sendForwardedFor(`198.51.100.${Math.floor(Math.random() * 250)}`);
  return callAction(action as (...args: unknown[]) => Promise<unknown>, input);
}

const refusedAs = (code: string) => expect.objectContaining({ kind: "refused", code });
const success = expect.objectContaining({ kind: "success" });

beforeEach(async () => {
  await resetRateLimits();
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(() => vi.useRealTimers());

describe("first-account creation", () => {
  it("pauses an address after 10 refusals for 15 minutes; another address is not paused", async () => {
    await clearDatabase();
    const input = (n: number) => ({
      name: "Léa",
      email: `lea-${n}@example.org`,
      password: "une phrase de passe",
      passwordConfirm: "une phrase de passe",
    });
    expect(await from("203.0.113.1", createFirstFacilitatorAction, input(0))).toEqual(success);
    // Someone keeps trying once the account exists.
    for (let i = 1; i <= 10; i++) {
      expect(await from("203.0.113.2", createFirstFacilitatorAction, input(i))).toEqual(refusedAs("INVALID_STATE"));
    }
    expect(await from("203.0.113.2", createFirstFacilitatorAction, input(11))).toEqual(refusedAs("RATE_LIMITED"));
    expect(await from("203.0.113.3", createFirstFacilitatorAction, input(12))).toEqual(refusedAs("INVALID_STATE"));
    vi.setSystemTime(Date.now() + 15 * MINUTE + 1_000);
    expect(await from("203.0.113.2", createFirstFacilitatorAction, input(13))).toEqual(refusedAs("INVALID_STATE"));
  });
});

describe("facilitator sign-in", () => {
  it("pauses an account from one address after 10 failures, even with the right password, for 15 minutes", async () => {
    const f = await makeFacilitator();
    for (let i = 0; i < 10; i++) {
      expect(await from("203.0.113.10", signInFacilitatorAction, { email: f.email, password: `faux-${i}` })).toEqual(
        refusedAs("UNAUTHENTICATED"),
      );
    }
    const right = { email: f.email, password: PASSWORD };
    expect(await from("203.0.113.10", signInFacilitatorAction, right)).toEqual(refusedAs("RATE_LIMITED"));
    expect(await from("203.0.113.11", signInFacilitatorAction, right)).toEqual(success);
    vi.setSystemTime(Date.now() + 15 * MINUTE + 1_000);
    expect(await from("203.0.113.10", signInFacilitatorAction, right)).toEqual(success);
  });

  it("pauses an address after 100 failures in a day, whatever the accounts", async () => {
    const f = await makeFacilitator();
    for (let i = 0; i < 100; i++) {
      // Ten accounts, ten tries each, a quarter of an hour apart: never the per-account pause.
      if (i % 10 === 0) vi.setSystemTime(Date.now() + 16 * MINUTE);
      const outcome = await from("203.0.113.20", signInFacilitatorAction, {
        email: `personne-${i % 10}@example.org`,
        password: "devinette",
      });
      expect(outcome).toEqual(refusedAs("UNAUTHENTICATED"));
    }
    const right = { email: f.email, password: PASSWORD };
    expect(await from("203.0.113.20", signInFacilitatorAction, right)).toEqual(refusedAs("RATE_LIMITED"));
    expect(await from("203.0.113.21", signInFacilitatorAction, right)).toEqual(success);
    vi.setSystemTime(Date.now() + DAY);
    expect(await from("203.0.113.20", signInFacilitatorAction, right)).toEqual(success);
  }, 60_000);
});

describe("code entry", () => {
  it("allows 10 failures per address per 15 minutes and 100 per day, then refuses even a right code", async () => {
    const owner = await makeFacilitatorViewer();
    const d = await makeDemarche(owner);
    const invitation = await createGroupInvitation(
      owner,
      {
        demarcheId: d.demarcheId,
        groupId: d.invitations[0]!.group.id,
        expiresAt: new Date(Date.now() + 30 * DAY),
      },
      db,
    );
    const right = { code: invitation.code };
    const wrong = { code: "ZZZZ-ZZZZ" };
    for (let i = 0; i < 10; i++) {
      expect(await from("203.0.113.30", enterCodeAction, wrong)).toEqual(refusedAs("VALIDATION"));
    }
    expect(await from("203.0.113.30", enterCodeAction, right)).toEqual(refusedAs("RATE_LIMITED"));
    expect(await from("203.0.113.31", enterCodeAction, right)).toEqual(success);

    // Nine more windows of ten failures: 100 in all, then the day's budget is spent.
    for (let window = 1; window < 10; window++) {
      vi.setSystemTime(Date.now() + 15 * MINUTE + 1_000);
      expect(await from("203.0.113.30", enterCodeAction, right), `window ${window}`).toEqual(success);
      for (let i = 0; i < 10; i++) {
        expect(await from("203.0.113.30", enterCodeAction, wrong)).toEqual(refusedAs("VALIDATION"));
      }
    }
    vi.setSystemTime(Date.now() + 15 * MINUTE + 1_000);
    expect(await from("203.0.113.30", enterCodeAction, right)).toEqual(refusedAs("RATE_LIMITED"));
    vi.setSystemTime(Date.now() + DAY);
    expect(await from("203.0.113.30", enterCodeAction, right)).toEqual(success);
  });
});

describe("a request without the server entry's address (e.g. plain `next start`)", () => {
  it("shares one budget with every other such request, whatever X-Forwarded-For says", async () => {
    const wrong = { code: "ZZZZ-ZZZZ" };
    const forged = async (n: number) => {
      sendWithoutServerEntry(`203.0.113.${n}`);
      return callAction(enterCodeAction as (...args: unknown[]) => Promise<unknown>, wrong);
    };
    for (let i = 0; i < 10; i++) expect(await forged(i)).toEqual(refusedAs("VALIDATION"));
    expect(await forged(99)).toEqual(refusedAs("RATE_LIMITED"));
    // An address the entry recorded has its own budget.
    expect(await from("203.0.113.40", enterCodeAction, wrong)).toEqual(refusedAs("VALIDATION"));
  });
});

describe("budgets in the database", () => {
  it("are rows keyed by a digest, with the pause and its minutes", async () => {
    const wrong = { code: "ZZZZ-ZZZZ" };
    for (let i = 0; i < 10; i++) {
      expect(await from("203.0.113.50", enterCodeAction, wrong)).toEqual(refusedAs("VALIDATION"));
    }
    const refused = await from("203.0.113.50", enterCodeAction, wrong);
    expect(refused).toEqual(refusedAs("RATE_LIMITED"));
    expect(refused.kind === "refused" && refused.messages.join(" ")).toContain("Réessayez dans 15 minutes");
    const rows = await db.rateLimitBucket.findMany();
    // One row per budget (15 minutes, day), keyed by a digest: no address or email in the table.
    expect(rows.map((r) => r.count).sort()).toEqual([10, 10]);
    expect(JSON.stringify(rows)).not.toContain("203.0.113.50");
  });

  it("counts every failure when many arrive at once (one statement each, no lost update)", async () => {
    await Promise.all(Array.from({ length: 20 }, () => recordFailure([["signInPerIp", "203.0.113.70"]])));
    const rows = await db.rateLimitBucket.findMany({ select: { count: true } });
    expect(rows).toEqual([{ count: 20 }]);
  });

  it("deletes the rows whose window has ended", async () => {
    await from("203.0.113.60", enterCodeAction, { code: "ZZZZ-ZZZZ" });
    expect(await db.rateLimitBucket.count()).toBe(2);
    vi.setSystemTime(Date.now() + DAY + MINUTE);
    await from("203.0.113.61", enterCodeAction, { code: "ZZZZ-ZZZZ" });
    // Only the new address's two budgets remain.
    expect(await db.rateLimitBucket.count()).toBe(2);
  });
});
