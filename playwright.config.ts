import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests run a real browser against the production build, on
 * throwaway databases: an empty one (first run), one with the demo, another
 * empty one for the facilitator's set-up (sign-up to ateliers), and one more
 * for a whole démarche (sign-up to closing).
 * `npm run test:e2e` builds first when needed (scripts/e2e.mjs).
 */
const executablePath =
  process.env.CHROMIUM_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// E2E_PORT_BASE lets two checkouts run their suites side by side.
const portBase = Number(process.env.E2E_PORT_BASE ?? 3100);

export const SERVERS = {
  fresh: { port: portBase, demo: "off", seed: null },
  demo: { port: portBase + 1, demo: "on", seed: null },
  journey: { port: portBase + 2, demo: "off", seed: null },
  // The atelier tests change the demo's state (confirmations, a release): their own copy of the demo.
  workshop: { port: portBase + 3, demo: "on", seed: null },
  // A démarche at the mise en commun (scripts/seed-e2e-plenary.ts).
  plenary: { port: portBase + 4, demo: "off", seed: "e2e-plenary" },
  // A whole démarche, from sign-up to closing, on an empty database.
  "whole-demarche": { port: portBase + 5, demo: "off", seed: null },
} as const;

const serve = (name: keyof typeof SERVERS) => ({
  command: `node scripts/serve-e2e.mjs --port ${SERVERS[name].port} --db .tmp/e2e-${name}.db --demo ${SERVERS[name].demo}${
    SERVERS[name].seed ? ` --seed ${SERVERS[name].seed}` : ""
  }`,
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
  // Each project owns one folder (testDir, not a pattern on the absolute
  // path, which would also match a checkout whose own path holds "journey/").
  projects: [
    {
      name: "fresh",
      testDir: "tests/e2e/fresh",
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${SERVERS.fresh.port}` },
    },
    {
      name: "demo",
      testDir: "tests/e2e/demo",
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${SERVERS.demo.port}` },
    },
    {
      name: "journey",
      testDir: "tests/e2e/journey",
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${SERVERS.journey.port}` },
    },
    {
      name: "workshop",
      testDir: "tests/e2e/workshop",
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${SERVERS.workshop.port}` },
    },
    {
      name: "plenary",
      testDir: "tests/e2e/plenary",
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${SERVERS.plenary.port}` },
    },
    {
      name: "whole-demarche",
      testDir: "tests/e2e/whole-demarche",
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${SERVERS["whole-demarche"].port}` },
    },
  ],
  webServer: [
    serve("fresh"),
    serve("demo"),
    serve("journey"),
    serve("workshop"),
    serve("plenary"),
    serve("whole-demarche"),
  ],
});
