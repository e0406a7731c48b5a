import path from "node:path";

/** The embedded default: one SQLite file under data/, which git ignores. */
export const DEFAULT_DATABASE_URL = "file:./data/regards-croises.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL && env.DATABASE_URL.trim() !== "" ? env.DATABASE_URL : DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}

/**
 * Turns `file:./relative.db` into an absolute path, resolved from the project
 * root (the working directory of every entry point), so the CLI, the seed and
 * the server always open the same file whatever directory Prisma thinks in.
 */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  if (!url.startsWith("file:")) {
    throw new Error(`Not a SQLite file URL: ${url}`);
  }
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  if (raw === ":memory:") return raw;
  return path.isAbsolute(raw) ? raw : path.resolve(cwd, raw);
}
