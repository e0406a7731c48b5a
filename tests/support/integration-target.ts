/**
 * Which database the integration tests run against: SQLite by default,
 * PostgreSQL when TEST_DATABASE=postgresql (`npm run test:integration:pg`).
 * Files named *.sqlite.test.ts or *.postgresql.test.ts run only against that
 * database (vitest.config.ts); every other file runs against both.
 */
export type TestDatabase = "sqlite" | "postgresql";

export function testDatabase(env: NodeJS.ProcessEnv = process.env): TestDatabase {
  const value = env.TEST_DATABASE ?? "sqlite";
  if (value === "sqlite") return "sqlite";
  if (value === "postgresql") return "postgresql";
  throw new Error(`TEST_DATABASE must be sqlite or postgresql, not ${value}`);
}

declare module "vitest" {
  export interface ProvidedContext {
    /** PostgreSQL only: the server's maintenance database URL, and the migrated template database. */
    postgres: { adminUrl: string; template: string } | null;
  }
}
