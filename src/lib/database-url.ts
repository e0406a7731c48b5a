import path from "node:path";

/** The embedded default: one SQLite file under data/, which git ignores. */
export const DEFAULT_DATABASE_URL = "file:./data/regards-croises.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL && env.DATABASE_URL.trim() !== "" ? env.DATABASE_URL.trim() : DEFAULT_DATABASE_URL;
}

function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}

/**
 * Which database a URL names: `postgres://` or `postgresql://` is PostgreSQL,
 * `file:` is SQLite; anything else is refused rather than guessed.
 */
export function databaseProvider(url: string): DatabaseProvider {
  if (isPostgresUrl(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got ${redactDatabaseUrl(url)}`,
  );
}

/** The URL with its password hidden, for messages and logs. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+:)[^@]*@/i, "$1***@");
}

/**
 * Turns `file:./relative.db` into an absolute path, resolved from the project
 * root (the working directory of every entry point), so the CLI, the seed and
 * the server always open the same file whatever directory Prisma thinks in.
 */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  if (!url.startsWith("file:")) {
    throw new Error(`Not a SQLite file URL: ${redactDatabaseUrl(url)}`);
  }
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  if (raw === ":memory:") return raw;
  return path.isAbsolute(raw) ? raw : path.resolve(cwd, raw);
}
