#!/usr/bin/env node
// `npm run db:generate` (and postinstall): both Prisma clients, SQLite and
// PostgreSQL, from the committed schemas. It does not rewrite
// prisma/postgresql/schema.prisma, so `npm run db:check` still sees a stale one.
import { generateClients } from "./lib/prisma-cli.mjs";

generateClients();
console.log("Generated the Prisma clients for SQLite and PostgreSQL.");
