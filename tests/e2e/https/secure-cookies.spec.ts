import { expect, test } from "@playwright/test";

/**
 * This server's BASE_URL is https (playwright.config.ts), as for an instance
 * behind a reverse proxy that terminates TLS: the session cookie must then be
 * Secure, with the __Secure- prefix (browsers refuse such a cookie unless it
 * came over https and is Secure), and still HttpOnly and SameSite=Lax.
 */
test("behind https, the session cookie is __Secure-, Secure, HttpOnly and SameSite=Lax", async ({ page, request }) => {
  await page.goto("/connexion");
  await page.getByLabel("Courriel").fill("demo@regards-croises.local");
  await page.getByLabel("Mot de passe").fill("demo-regards-croises");
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "Se connecter" }).click(),
  ]);
  const setCookies = (await response.headersArray())
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);
  const session = setCookies.find((c) => c.startsWith("__Secure-authjs.session-token="));
  expect(session, `Set-Cookie: ${setCookies.join(" | ")}`).toBeDefined();
  const attributes = session!.split(";").map((part) => part.trim().toLowerCase());
  expect(attributes).toContain("secure");
  expect(attributes).toContain("httponly");
  expect(attributes).toContain("samesite=lax");
  expect(attributes).toContain("path=/");
  // No unprotected twin.
  expect(setCookies.some((c) => c.startsWith("authjs.session-token="))).toBe(false);

  // And it is the session: a request carrying it is signed in.
  const value = session!.split(";")[0]!.slice("__Secure-authjs.session-token=".length);
  const signedIn = await request.get("/demarches", {
    headers: { Cookie: `__Secure-authjs.session-token=${value}` },
    maxRedirects: 0,
  });
  expect(signedIn.status()).toBe(200);
});

test("behind https, pages ask browsers to use https from now on (HSTS)", async ({ request }) => {
  const response = await request.get("/");
  expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});
