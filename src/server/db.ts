import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { sqliteAdapterFactory } from "@/lib/sqlite-adapter";
import { databaseUrl, sqliteFilePath } from "@/lib/sqlite-url";

export type Db = PrismaClient;
/** A transaction client, for server functions that compose inside one transaction. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

function createClient(): PrismaClient {
  const file = sqliteFilePath(databaseUrl());
  return new PrismaClient({
    adapter: sqliteAdapterFactory(file),
    log: process.env.NODE_ENV === "development" ? [{ level: "warn", emit: "stdout" }] : [],
  });
}

// One client per process: Next's dev server re-evaluates modules on every
// change, and each client would open its own connection to the file.
const globalForDb = globalThis as unknown as { regardsCroisesDb?: PrismaClient };

export const db: PrismaClient = globalForDb.regardsCroisesDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.regardsCroisesDb = db;
