import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests run a real browser against the production build, on
 * throwaway databases: an empty one (first run), one with the demo, and
 * another empty one for the facilitator's whole journey (sign-up to ateliers).
 * `npm run test:e2e` builds first when needed (scripts/e2e.mjs).
 */
const executablePath =
  process.env.CHROMIUM_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// E2E_PORT_BASE lets two checkouts run their suites side by side.
const portBase = Number(process.env.E2E_PORT_BASE ?? 3100);

export const SERVERS = {
  fresh: { port: portBase, demo: "off" },
  demo: { port: portBase + 1, demo: "on" },
  journey: { port: portBase + 2, demo: "off" },
  // Security checks that write (replayed actions, sign-ins) on their own demo database.
  security: { port: portBase + 3, demo: "on" },
  // The same app told its public address is https (as behind a TLS-terminating proxy).
  https: { port: portBase + 4, demo: "on", baseUrl: `https://localhost:${portBase + 4}` },
} as const;

const serve = (name: keyof typeof SERVERS) => ({
  command:
    `node scripts/serve-e2e.mjs --port ${SERVERS[name].port} --db .tmp/e2e-${name}.db --demo ${SERVERS[name].demo}` +
    ("baseUrl" in SERVERS[name] ? ` --base-url ${SERVERS[name].baseUrl}` : ""),
  url: `http://localhost:${SERVERS[name].port}/`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    locale: "fr-CA",
    timezoneId: "America/Toronto",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "fresh",
      testMatch: /fresh\/.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${SERVERS.fresh.port}` },
    },
    {
      name: "demo",
      testMatch: /demo\/.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${SERVERS.demo.port}` },
    },
    {
      name: "journey",
      testMatch: /journey\/.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${SERVERS.journey.port}` },
    },
    {
      name: "security",
      testMatch: /security\/.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${SERVERS.security.port}` },
    },
    {
      // Served over plain http, but BASE_URL says https: what a reverse proxy in front would give.
      name: "https",
      testMatch: /https\/.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${SERVERS.https.port}` },
    },
  ],
  webServer: [serve("fresh"), serve("demo"), serve("journey"), serve("security"), serve("https")],
});
