/**
 * The failure budgets of SECURITY.md, tried against the production server
 * over HTTP, as an attacker with curl would: wrong codes on the home page's
 * code entry and wrong passwords on /connexion, posted as the browser posts
 * the server actions.
 *
 * - A forged `X-Forwarded-For` (a single address, or a chain) does not buy a
 *   new budget: with TRUSTED_PROXY_HOPS=0 the budget follows the socket.
 * - A pause survives a restart (SIGKILL, then the same database).
 * - Two app processes on one database share one budget.
 *
 * Each scenario connects from its own loopback address (127.0.0.x, bound as
 * the socket's local address), so the server sees a distinct client per
 * scenario, as it would see distinct machines. Runs in the durability project
 * (`npm run test:durability`, and `:pg` on a throwaway PostgreSQL), which
 * builds the app and gives this file its own database.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";
import { startNext, type Server } from "../../bench/lib/servers";
import { actionResult } from "../../bench/lib/http";
import { makeDemarche, makeFacilitator, makeFacilitatorViewer, PASSWORD } from "../support/factories";
import { testDatabase } from "../support/integration-target";
import { actionId, actionRequestHeaders, request } from "../support/production-server";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const PORT_A = Number(process.env.E2E_PORT_BASE ?? 3100) + 91;
const PORT_B = PORT_A + 1;
const DAY = 24 * 60 * 60 * 1000;
const sqlite = testDatabase() === "sqlite";

/** What the person would see: a redirect (code accepted, signed in), or the refusal's code and message. */
type Outcome = { kind: "redirect"; to: string } | { kind: "refused"; code: string; message: string };

async function callAction(
  port: number,
  from: string,
  page: string,
  id: string,
  input: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<Outcome> {
  const reply = await request(
    port,
    from,
    "POST",
    page,
    actionRequestHeaders(port, id, extraHeaders),
    JSON.stringify([input]),
  );
  const redirect = reply.headers["x-action-redirect"];
  if (typeof redirect === "string") return { kind: "redirect", to: redirect };
  if (reply.status !== 200) throw new Error(`HTTP ${reply.status}: ${reply.body.slice(0, 300)}`);
  const result = actionResult(reply.body) as { ok: boolean; code?: string; message?: string };
  if (result.ok) throw new Error("the action succeeded without redirecting");
  return { kind: "refused", code: result.code ?? "?", message: result.message ?? "" };
}

const paused = expect.objectContaining({
  kind: "refused",
  code: "RATE_LIMITED",
  message: expect.stringMatching(/^Trop de tentatives\. Réessayez dans \d+ minutes?\.$/),
});
const refusedAs = (code: string) => expect.objectContaining({ kind: "refused", code });
const redirected = expect.objectContaining({ kind: "redirect" });

/** Forged headers a client can send: one address, and a chain that ends like a proxy's. */
const FORGED: Record<string, string>[] = [
  { "x-forwarded-for": "203.0.113.7" },
  { "x-forwarded-for": "127.0.0.1, 203.0.113.8" },
  { "x-real-ip": "203.0.113.9", forwarded: "for=203.0.113.10" },
  // The server entry's own header, sent by the client.
  { "x-rc-client-address": "203.0.113.11" },
];

describe(`failure budgets through the production server (${sqlite ? "SQLite" : "PostgreSQL"})`, () => {
  const servers: Server[] = [];
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DEMO: "off",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    TRUSTED_PROXY_HOPS: "0",
  };
  const start = async (port: number) => {
    const origin = `http://localhost:${port}`;
    const server = await startNext({
      cwd: ROOT,
      port,
      env: { ...serverEnv, BASE_URL: origin, AUTH_URL: origin },
      probe: "/connexion",
    });
    servers.push(server);
    return server;
  };
  const enterCode = actionId(ROOT, "src/app/(site)/actions.ts", "enterCodeAction");
  const signIn = actionId(ROOT, "src/app/(site)/connexion/actions.ts", "signInFacilitatorAction");
  const code = (port: number, from: string, value: string, headers?: Record<string, string>) =>
    callAction(port, from, "/", enterCode, { code: value }, headers);
  const password = (
    port: number,
    from: string,
    input: { email: string; password: string },
    headers?: Record<string, string>,
  ) => callAction(port, from, "/connexion", signIn, input, headers);

  let rightCode = "";
  let account = { email: "", password: PASSWORD };
  let a: Server;

  beforeAll(async () => {
    const owner = await makeFacilitatorViewer();
    const d = await makeDemarche(owner);
    const invitation = await createGroupInvitation(
      owner,
      { demarcheId: d.demarcheId, groupId: d.invitations[0]!.group.id, expiresAt: new Date(Date.now() + 30 * DAY) },
      db,
    );
    rightCode = invitation.code;
    account = { email: (await makeFacilitator()).email, password: PASSWORD };
    // Only the servers hold the database while they are killed.
    await db.$disconnect();
    a = await start(PORT_A);
  }, 120_000);

  afterAll(async () => {
    // Never leave a server behind, whatever failed.
    await Promise.all(servers.map((s) => s.kill()));
  });

  it("code entry: after 10 wrong codes, a forged X-Forwarded-For is still paused, even with the right code", async () => {
    const from = "127.0.0.2";
    expect(await code(PORT_A, "127.0.0.9", rightCode), "the right code works").toEqual(redirected);
    for (let i = 0; i < 10; i++) expect(await code(PORT_A, from, "ZZZZ-ZZZZ")).toEqual(refusedAs("VALIDATION"));
    expect(await code(PORT_A, from, rightCode)).toEqual(paused);
    for (const headers of FORGED)
      expect(await code(PORT_A, from, rightCode, headers), JSON.stringify(headers)).toEqual(paused);
    // Another machine is not paused.
    expect(await code(PORT_A, "127.0.0.3", rightCode)).toEqual(redirected);
  });

  it("sign-in: after 10 wrong passwords, a forged X-Forwarded-For is still paused, even with the right password", async () => {
    const from = "127.0.0.4";
    for (let i = 0; i < 10; i++) {
      expect(await password(PORT_A, from, { email: account.email, password: `faux-${i}` })).toEqual(
        refusedAs("UNAUTHENTICATED"),
      );
    }
    expect(await password(PORT_A, from, account)).toEqual(paused);
    for (const headers of FORGED)
      expect(await password(PORT_A, from, account, headers), JSON.stringify(headers)).toEqual(paused);
    expect(await password(PORT_A, "127.0.0.5", account)).toEqual(redirected);
  });

  it("a pause survives a restart of the server", async () => {
    const from = "127.0.0.6";
    for (let i = 0; i < 10; i++) expect(await code(PORT_A, from, "ZZZZ-ZZZZ")).toEqual(refusedAs("VALIDATION"));
    for (let i = 0; i < 10; i++) {
      expect(await password(PORT_A, from, { email: account.email, password: `faux-${i}` })).toEqual(
        refusedAs("UNAUTHENTICATED"),
      );
    }
    // Killed as a crash or an OOM kill would: no shutdown code runs.
    await a.kill();
    a = await start(PORT_A);
    expect(await code(PORT_A, from, rightCode)).toEqual(paused);
    expect(await password(PORT_A, from, account)).toEqual(paused);
  });

  it("two server processes on one database share one budget", async () => {
    const b = await start(PORT_B);
    const from = "127.0.0.7";
    for (let i = 0; i < 5; i++) expect(await code(PORT_A, from, "ZZZZ-ZZZZ")).toEqual(refusedAs("VALIDATION"));
    for (let i = 0; i < 5; i++) expect(await code(PORT_B, from, "ZZZZ-ZZZZ")).toEqual(refusedAs("VALIDATION"));
    expect(await code(PORT_A, from, rightCode)).toEqual(paused);
    expect(await code(PORT_B, from, rightCode)).toEqual(paused);
    for (let i = 0; i < 5; i++) {
      expect(await password(PORT_A, from, { email: account.email, password: `faux-a${i}` })).toEqual(
        refusedAs("UNAUTHENTICATED"),
      );
      expect(await password(PORT_B, from, { email: account.email, password: `faux-b${i}` })).toEqual(
        refusedAs("UNAUTHENTICATED"),
      );
    }
    expect(await password(PORT_B, from, account)).toEqual(paused);
    expect(await password(PORT_A, from, account)).toEqual(paused);
    await b.stop();
  });
});
