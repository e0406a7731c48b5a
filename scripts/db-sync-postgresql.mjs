#!/usr/bin/env node
// `npm run db:sync-postgresql`: after SQLite migrations arrived without their
// PostgreSQL counterpart (a merge of branches that ran the SQLite-only
// tooling), regenerate prisma/postgresql/schema.prisma, write the PostgreSQL
// migration and regenerate both clients. Needs PostgreSQL's server binaries
// (a throwaway server replays the migrations).
import { syncPostgres } from "./lib/postgres-migrations.mjs";

try {
  await syncPostgres();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
