#!/usr/bin/env node
// `npm run db:seed`: load the demo into an empty, local, migrated database.
import { migrate, seedDemo, withMigrationLock } from "./lib/database.mjs";
import { loadEnv } from "./lib/env.mjs";

const env = loadEnv();
await withMigrationLock(env, async () => {
  await migrate(env);
  await seedDemo(env, { quiet: false });
});
