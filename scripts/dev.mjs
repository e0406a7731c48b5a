#!/usr/bin/env node
// `npm run dev`: migrate, load the demo into an empty database, run the dev server.
import { migrate, seedDemo, withMigrationLock } from "./lib/database.mjs";
import { loadEnv, ROOT } from "./lib/env.mjs";
import { run } from "./lib/run.mjs";

const env = loadEnv();
await withMigrationLock(env, async () => {
  await migrate(env);
  await seedDemo(env);
});
// Through the same server entry as `npm start`, so that dev sees client addresses as production does (decision 012).
process.exit(await run(process.execPath, ["scripts/server.mjs", "--dev", "--port", env.PORT], { cwd: ROOT, env }));
