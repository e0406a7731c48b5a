import { expect, type Page, type Request, test } from "@playwright/test";

/**
 * Decision 014, checked on the production server: every response carries the
 * security headers, prefetches included, and a malformed server-action
 * request (another site's Origin, a body too large or nested too deep) gets a
 * 4xx with a short French text, never a 500, and writes nothing.
 */

const DEMO = { email: "demo@regards-croises.local", password: "demo-regards-croises" };

async function signIn(page: Page) {
  await page.goto("/connexion");
  await page.getByLabel("Courriel").fill(DEMO.email);
  await page.getByLabel("Mot de passe").fill(DEMO.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/demarches$/);
}

/** The request the browser sends when the new-démarche form calls its server action. */
async function captureCreateDemarche(page: Page, name: string): Promise<Request> {
  await page.goto("/demarches/nouvelle");
  await page.getByLabel(/^Nom de l'organisme/).fill("Organisme de l'essai");
  await page.getByLabel(/^Nom de la démarche/).fill(name);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "Créer la démarche" }).click(),
  ]);
  await expect(page).toHaveURL(/\/demarches\/[^/]+$/);
  return request;
}

async function listedDemarches(page: Page): Promise<string> {
  await page.goto("/demarches");
  return page.locator("main").innerText();
}

const PREFETCHES: Record<string, Record<string, string>> = {
  "the router's prefetch": { "Next-Router-Prefetch": "1", RSC: "1" },
  "Next-Router-Prefetch alone": { "Next-Router-Prefetch": "1" },
  "a browser's <link rel=prefetch>": { Purpose: "prefetch" },
  "Sec-Purpose: prefetch": { "Sec-Purpose": "prefetch" },
};

test.describe("security headers", () => {
  for (const [label, headers] of Object.entries(PREFETCHES)) {
    test(`are on every page requested as ${label}`, async ({ request }) => {
      for (const path of ["/", "/connexion", "/rejoindre", "/page-qui-n-existe-pas"]) {
        const response = await request.get(path, { headers, maxRedirects: 0 });
        const h = response.headers();
        expect(h["content-security-policy"], `${path}: CSP`).toMatch(
          /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
        );
        expect(h["content-security-policy"], `${path}: CSP`).toContain("frame-ancestors 'none'");
        expect(h["x-content-type-options"], path).toBe("nosniff");
        expect(h["x-frame-options"], path).toBe("DENY");
        expect(h["referrer-policy"], path).toBe("no-referrer");
      }
    });
  }

  test("a page prefetched as HTML carries the nonce its scripts use", async ({ request }) => {
    const response = await request.get("/connexion", { headers: { Purpose: "prefetch" } });
    expect(response.headers()["content-type"]).toContain("text/html");
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(await response.text()).toContain(`nonce="${nonce}"`);
  });
});

test.describe("a malformed server-action request", () => {
  test("gets a 4xx with a short French text and changes nothing", async ({ page, baseURL }) => {
    await signIn(page);
    const captured = await captureCreateDemarche(page, "Démarche légitime");
    const actionId = captured.headers()["next-action"]!;
    const body = captured.postData()!;
    const contentType = captured.headers()["content-type"] ?? "text/plain;charset=UTF-8";
    const post = (data: string, headers: Record<string, string> = {}) =>
      page.request.post(captured.url(), {
        headers: {
          "Next-Action": actionId,
          "Content-Type": contentType,
          Accept: "text/x-component",
          Origin: new URL(baseURL!).origin,
          ...headers,
        },
        data,
        maxRedirects: 0,
      });

    const refusals = [
      {
        why: "another site's Origin",
        response: await post(body.replace("Démarche légitime", "Démarche venue d'ailleurs"), {
          Origin: "https://evil.example",
        }),
        status: 403,
        text: /ne vient pas de ce site/,
      },
      {
        why: "Origin: null",
        response: await post(body.replace("Démarche légitime", "Démarche sans origine"), { Origin: "null" }),
        status: 403,
        text: /ne vient pas de ce site/,
      },
      {
        why: "a 10 MB body",
        response: await post(body.replace("Démarche légitime", `Démarche énorme ${"x".repeat(10 * 1024 * 1024)}`)),
        status: 413,
        text: /trop volumineuse/,
      },
      {
        why: "a 100,000-deep body",
        response: await post(`${"[".repeat(100_000)}"Démarche profonde"${"]".repeat(100_000)}`),
        status: 400,
        text: /mal formée/,
      },
    ];
    for (const { why, response, status, text } of refusals) {
      // Soft: one run shows what each refusal answers.
      expect.soft(response.status(), why).toBe(status);
      expect.soft(response.headers()["content-type"], why).toContain("text/plain");
      expect.soft(response.headers()["content-security-policy"], why).toBeTruthy();
      const answer = await response.text();
      expect.soft(answer, why).toMatch(text);
      expect.soft(answer.length, `${why}: a short text`).toBeLessThan(200);
    }

    // A large body sent without Content-Length (chunked) is refused too.
    const chunked = await fetch(captured.url(), {
      method: "POST",
      headers: { "Next-Action": actionId, "Content-Type": contentType, Origin: new URL(baseURL!).origin },
      body: new ReadableStream({
        start(controller) {
          const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
          for (let i = 0; i < 40; i++) controller.enqueue(chunk);
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect.soft(chunked.status, "a chunked 2.5 MB body").toBe(413);

    const listed = await listedDemarches(page);
    expect(listed).toContain("Démarche légitime");
    for (const name of ["Démarche venue d'ailleurs", "Démarche sans origine", "Démarche énorme", "Démarche profonde"])
      expect(listed).not.toContain(name);

    // The same request, well formed and from the app's own page, still works: the refusals are about the shape.
    const same = await post(body.replace("Démarche légitime", "Démarche rejouée"));
    expect(same.status()).toBe(200);
    expect(await listedDemarches(page)).toContain("Démarche rejouée");
  });
});
