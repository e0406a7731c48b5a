import fs from "node:fs";
import path from "node:path";

/**
 * Everything a browser (or anyone) can call over HTTP, found on disk rather
 * than listed by hand: every exported function of every `actions.ts` under
 * src/app (server actions) and every HTTP method exported by a `route.ts`
 * (route handlers). Paths are relative to src/app, e.g.
 * "(site)/connexion/actions.ts".
 */
export const APP_DIR = path.resolve("src/app");
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type DiscoveredAction = { file: string; name: string; fn: (...args: unknown[]) => Promise<unknown> };
export type DiscoveredRoute = { file: string; method: HttpMethod; handler: (...args: unknown[]) => Promise<Response> };

/** Source files under src/app, relative to it, sorted. */
export function appFiles(): string[] {
  return (fs.readdirSync(APP_DIR, { recursive: true }) as string[])
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

/**
 * Files that declare server actions but are not named actions.ts: a "use
 * server" directive anywhere else (a module or an inline action in a
 * component) would escape the matrix, so the test refuses it.
 */
export function serverActionFilesNotNamedActions(): string[] {
  const srcFiles = (fs.readdirSync(path.resolve("src"), { recursive: true }) as string[])
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => f.split(path.sep).join("/"));
  return srcFiles.filter((f) => {
    if (/^app\/.*(^|\/)actions\.ts$/.test(f)) return false;
    return /["']use server["']/.test(fs.readFileSync(path.resolve("src", f), "utf8"));
  });
}

export async function discoverActions(): Promise<DiscoveredAction[]> {
  const found: DiscoveredAction[] = [];
  for (const file of appFiles().filter((f) => /(^|\/)actions\.ts$/.test(f))) {
    const mod = (await import(path.join(APP_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") found.push({ file, name, fn: value as DiscoveredAction["fn"] });
    }
  }
  return found;
}

export async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  const found: DiscoveredRoute[] = [];
  for (const file of appFiles().filter((f) => /(^|\/)route\.ts$/.test(f))) {
    const mod = (await import(path.join(APP_DIR, file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const value = mod[method];
      if (typeof value === "function") found.push({ file, method, handler: value as DiscoveredRoute["handler"] });
    }
  }
  return found;
}
