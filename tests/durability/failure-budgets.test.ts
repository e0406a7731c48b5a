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
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createGroupInvitation } from "@/server/invitations/create-group-invitation";
import { startNext, type Server } from "../../bench/lib/servers";
import { actionResult } from "../../bench/lib/http";
import { makeDemarche, makeFacilitator, makeFacilitatorViewer, PASSWORD } from "../support/factories";
import { testDatabase } from "../support/integration-target";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const PORT_A = Number(process.env.E2E_PORT_BASE ?? 3100) + 91;
const PORT_B = PORT_A + 1;
const DAY = 24 * 60 * 60 * 1000;
const sqlite = testDatabase() === "sqlite";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One HTTP request from a given loopback address (the socket's source address). */
function request(
  port: number,
  from: string,
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        localAddress: from,
        method,
        path: pathname,
        agent: false,
        headers: body === undefined ? headers : { ...headers, "content-length": String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("error", reject);
    req.setTimeout(60_000, () => req.destroy(new Error("timeout after 60 s")));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** The id the build gave a server action (the browser reads it from the page's JavaScript). */
function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const entry = Object.entries(manifest.node).find(
    ([, v]) => v.filename.endsWith(file) && v.exportedName === exportedName,
  );
  if (!entry) throw new Error(`${exportedName} not in the server reference manifest`);
  return entry[0];
}

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
    {
      host: `localhost:${port}`,
      origin: `http://localhost:${port}`,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": id,
      ...extraHeaders,
    },
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
  const enterCode = actionId("src/app/(site)/actions.ts", "enterCodeAction");
  const signIn = actionId("src/app/(site)/connexion/actions.ts", "signInFacilitatorAction");
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
