import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests run a real browser against the production build. Each
 * project has its own server on its own throwaway database, and its specs
 * live in tests/e2e/<project>/. `npm run test:e2e` builds first when needed
 * (scripts/e2e.mjs).
 */
const executablePath =
  process.env.CHROMIUM_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// E2E_PORT_BASE lets two checkouts run their suites side by side.
const portBase = Number(process.env.E2E_PORT_BASE ?? 3100);

type Server = {
  /**
   * `npm run test:e2e` runs two Playwright processes side by side, one per
   * lane, so the two cores are both used; lanes are balanced by measured time
   * (docs/decisions/017-test-suite-time.md). A project's specs share its
   * database, so a project stays in one lane, its files one after the other.
   */
  lane: 1 | 2;
  demo: "on" | "off";
  seed?: string;
  https?: boolean;
  /** The browser's window, when not a desktop's (the room's phones). */
  viewport?: { width: number; height: number };
};

/** One server per project; the port is portBase + its position in this list. */
const SERVER_LIST: [name: string, server: Server][] = [
  // First run on an empty database.
  ["fresh", { lane: 1, demo: "off" }],
  // The demo, as `npm start` loads it.
  ["demo", { lane: 2, demo: "on" }],
  // A facilitator's journey from sign-up to the ateliers.
  ["journey", { lane: 1, demo: "off" }],
  // The atelier tests change the demo's state (confirmations, a release): their own copy of the demo.
  ["workshop", { lane: 2, demo: "on" }],
  // A démarche at the mise en commun (scripts/seed-e2e-plenary.ts).
  ["plenary", { lane: 2, demo: "off", seed: "e2e-plenary" }],
  // A whole démarche, from sign-up to closing, on an empty database.
  ["whole-demarche", { lane: 1, demo: "off" }],
  // Security checks that write (replayed actions, sign-ins) on their own demo database.
  ["security", { lane: 2, demo: "on" }],
  // Served over plain http, but BASE_URL says https: what a TLS-terminating reverse proxy in front gives.
  ["https", { lane: 1, demo: "on", https: true }],
  // The room: a participant's phone at 360×740 (and 320, 390), the projector's sizes; the demo
  // (ateliers) plus the mise en commun démarche of the plenary seed.
  ["room", { lane: 2, demo: "on", seed: "e2e-plenary", viewport: { width: 360, height: 740 } }],
  // An inter-organismes démarche (decision 023), from sign-up to both bilans, on an empty database.
  ["inter", { lane: 1, demo: "off" }],
];

export const SERVERS = Object.fromEntries(
  SERVER_LIST.map(([name, server], i) => [name, { ...server, port: portBase + i }]),
);

// E2E_LANE=1|2 (set by scripts/e2e.mjs): only that lane's projects and servers.
const lane = process.env.E2E_LANE ? Number(process.env.E2E_LANE) : undefined;
if (lane !== undefined && lane !== 1 && lane !== 2)
  throw new Error(`E2E_LANE must be 1 or 2, not ${process.env.E2E_LANE}`);
const RUN = Object.entries(SERVERS).filter(([, server]) => lane === undefined || server.lane === lane);

function serve(name: string, server: Server & { port: number }) {
  const args = [`--port ${server.port}`, `--db .tmp/e2e-${name}.db`, `--demo ${server.demo}`];
  if (server.seed) args.push(`--seed ${server.seed}`);
  if (server.https) args.push(`--base-url https://localhost:${server.port}`);
  return {
    command: `node scripts/serve-e2e.mjs ${args.join(" ")}`,
    url: `http://localhost:${server.port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  // Each lane its own folder: Playwright empties its output folder when it
  // starts, which would delete the other lane's traces mid-run.
  outputDir: lane === undefined ? "test-results" : `test-results/lane-${lane}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
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
  // Each project owns one folder (testDir, not a pattern on the absolute path,
  // which a checkout's own folder name could match).
  projects: RUN.map(([name, server]) => ({
    name,
    testDir: `tests/e2e/${name}`,
    use: {
      ...devices["Desktop Chrome"],
      baseURL: `http://localhost:${server.port}`,
      ...(server.viewport ? { viewport: server.viewport } : {}),
    },
  })),
  webServer: RUN.map(([name, server]) => serve(name, server)),
});
