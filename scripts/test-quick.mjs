#!/usr/bin/env node
// `npm run test:quick`: the everyday inner loop. Unit tests and the SQLite
// integration tests without the security matrix (vitest.config.ts leaves it
// out when TEST_QUICK is set); `npm test` runs everything. Extra arguments go
// to Vitest (e.g. a file name filter).
import { bin, ROOT } from "./lib/env.mjs";
import { runStages } from "./lib/stages.mjs";

await runStages(
  [
    {
      name: "unit + integration (SQLite, without the security matrix)",
      cmd: bin("vitest"),
      args: ["run", "--project", "unit", "--project", "integration", ...process.argv.slice(2)],
      env: { TEST_QUICK: "1", TEST_DATABASE: "sqlite" },
    },
  ],
  { cwd: ROOT },
);
