#!/usr/bin/env node
// `npm run db:seed`: load the demo into an empty, local, migrated database.
import { migrate, seedDemo } from "./lib/database.mjs";
import { loadEnv } from "./lib/env.mjs";

const env = loadEnv();
await migrate(env);
await seedDemo(env, { quiet: false });
