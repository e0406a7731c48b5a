import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { config, proxy } from "@/proxy";

/**
 * The proxy's answers, without a server (the e2e spec
 * tests/e2e/security/malformed-requests.spec.ts checks them through the
 * production server): what a request gets before Next.js decodes it.
 */

const action = (body: BodyInit | null, headers: Record<string, string> = {}, path = "/demarches/nouvelle") =>
  new NextRequest(`http://localhost:3000${path}`, {
    method: "POST",
    headers: { host: "localhost:3000", "next-action": "7f00", origin: "http://localhost:3000", ...headers },
    body,
    duplex: "half", // Node's fetch needs it for a stream body
  });

async function answer(request: NextRequest) {
  const response = await proxy(request);
  return { status: response.status, text: await response.text(), csp: response.headers.get("content-security-policy") };
}

// Vite gives BASE_URL its own meaning ("/"): the app reads it as its public address.
beforeEach(() => {
  vi.stubEnv("BASE_URL", "http://localhost:3000");
});

describe("proxy", () => {
  it("runs on prefetches too: no `missing` clause leaves a page without its CSP", () => {
    expect(JSON.stringify(config)).not.toContain("missing");
    expect(config.matcher).toEqual(["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"]);
  });

  it("lets a well-formed action through, with its CSP and nonce", async () => {
    const response = await proxy(action(JSON.stringify([{ name: "Démarche" }])));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);
  });

  it("answers another site's Origin, or Origin: null, with a 403 and a French sentence", async () => {
    for (const origin of ["https://evil.example", "null"]) {
      expect(await answer(action("[]", { origin }))).toMatchObject({
        status: 403,
        text: "Requête refusée : elle ne vient pas de ce site.",
        csp: expect.stringContaining("default-src 'self'"),
      });
    }
  });

  it("answers a body over 256 KB with a 413, by its length or while reading it", async () => {
    const big = "x".repeat(256 * 1024 + 1);
    expect(await answer(action(big))).toMatchObject({ status: 413, text: expect.stringMatching(/trop volumineuse/) });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    expect((await answer(action(stream))).status).toBe(413);
  });

  it("answers a body nested deeper than 32 levels with a 400", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(await answer(action(deep))).toMatchObject({ status: 400, text: expect.stringMatching(/mal formée/) });
  });

  it("leaves Auth.js's /api/ routes and other methods alone", async () => {
    expect((await proxy(action("[]", { origin: "https://evil.example" }, "/api/auth/signin"))).status).toBe(200);
    const get = new NextRequest("http://localhost:3000/", { headers: { origin: "https://evil.example" } });
    expect((await proxy(get)).headers.get("x-middleware-next")).toBe("1");
  });
});
