import { type APIRequestContext, type Browser, expect, type Page, type Request, test } from "@playwright/test";

/**
 * What the production server guarantees about server actions and sessions,
 * checked over HTTP: an action posted from another origin changes nothing,
 * each sign-in issues a new session, a signed-out cookie is dead, and the
 * session cookie cannot be read by scripts nor sent by other sites.
 */

const DEMO = { email: "demo@regards-croises.local", password: "demo-regards-croises" };
const SESSION_COOKIE = "authjs.session-token";

async function signIn(page: Page) {
  await page.goto("/connexion");
  await page.getByLabel("Courriel").fill(DEMO.email);
  await page.getByLabel("Mot de passe").fill(DEMO.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/demarches$/);
}

async function sessionCookie(page: Page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie, "a session cookie after sign-in").toBeDefined();
  return cookie!;
}

/** Whether a request carrying this session cookie is treated as the signed-in facilitator. */
async function isSignedIn(request: APIRequestContext, value: string): Promise<boolean> {
  const response = await request.get("/demarches", {
    headers: { Cookie: `${SESSION_COOKIE}=${value}` },
    maxRedirects: 0,
  });
  // Signed out, the page redirects to /connexion.
  return response.status() === 200;
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

test.describe("server actions", () => {
  test("refuse a request from another origin or a null origin, and change nothing", async ({ page, baseURL }) => {
    await signIn(page);
    const captured = await captureCreateDemarche(page, "Démarche légitime");
    const actionId = captured.headers()["next-action"]!;
    const body = captured.postData()!;
    expect(body).toContain("Démarche légitime");

    const replay = (origin: string | null, name: string) =>
      page.request.post(captured.url(), {
        headers: {
          "Next-Action": actionId,
          "Content-Type": captured.headers()["content-type"] ?? "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          ...(origin === null ? {} : { Origin: origin }),
        },
        data: body.replace("Démarche légitime", name),
        maxRedirects: 0,
      });

    const evil = await replay("https://evil.example", "Démarche venue d'ailleurs");
    expect(evil.status(), "another origin").toBeGreaterThanOrEqual(400);
    const nullOrigin = await replay("null", "Démarche sans origine");
    expect(nullOrigin.status(), "Origin: null").toBeGreaterThanOrEqual(400);

    const listed = await listedDemarches(page);
    expect(listed).toContain("Démarche légitime");
    expect(listed).not.toContain("Démarche venue d'ailleurs");
    expect(listed).not.toContain("Démarche sans origine");

    // The same replay from the app's own origin works: the refusals above are about the origin.
    const same = await replay(new URL(baseURL!).origin, "Démarche rejouée");
    expect(same.status()).toBeLessThan(400);
    expect(await listedDemarches(page)).toContain("Démarche rejouée");
  });
});

test.describe("sessions", () => {
  test("each sign-in issues a new session; a signed-out cookie no longer works", async ({ browser, request }) => {
    const first = await newSignedInPage(browser);
    const a = await sessionCookie(first);
    expect(await isSignedIn(request, a.value)).toBe(true);

    // Signing in again (another device, or the same one later) gives another session.
    const second = await newSignedInPage(browser);
    const b = await sessionCookie(second);
    expect(b.value).not.toBe(a.value);

    await first.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(first).toHaveURL(/\/$/);
    expect((await first.context().cookies()).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    // The old value, replayed by someone who kept it, is refused by the server…
    expect(await isSignedIn(request, a.value)).toBe(false);
    // …while the other session is untouched.
    expect(await isSignedIn(request, b.value)).toBe(true);

    // Signing in on the first browser again: yet another value.
    await signIn(first);
    const c = await sessionCookie(first);
    expect([a.value, b.value]).not.toContain(c.value);
  });

  test("over plain http, no HSTS is sent", async ({ request }) => {
    const response = await request.get("/");
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("the session cookie is HttpOnly and SameSite=Lax, and not Secure over plain http", async ({ page }) => {
    await signIn(page);
    const cookie = await sessionCookie(page);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
    // Scripts in the page cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  });
});

async function newSignedInPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page);
  return page;
}
