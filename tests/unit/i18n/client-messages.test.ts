import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_CLIENT_NAMESPACES } from "@/components/i18n/client-messages";
import { MESSAGES } from "@/i18n/messages";

/**
 * Client components get only the message namespaces their page hands them
 * (<ClientMessages>, src/components/i18n/client-messages.tsx). A namespace
 * missing there shows its keys instead of text in the browser, so this reads
 * the sources: from every route file (page, layout), follow the imports to
 * the client components ("use client" and everything they import), collect
 * the namespaces they pass to useTranslations, and compare with what the
 * nearest <ClientMessages> at or above the route file provides.
 */
const ROOT = path.resolve(import.meta.dirname, "../../..");
const SRC = path.join(ROOT, "src");
const APP = path.join(SRC, "app");
const ROUTE_FILES = new Set(["page.tsx", "layout.tsx", "error.tsx", "not-found.tsx", "loading.tsx", "template.tsx"]);

/** Root-level `useTranslations()` (no namespace), allowed only where the keys are known. */
const ROOT_TRANSLATION_USERS: Record<string, string[]> = {
  // Translates only "validation.*" keys (it checks the prefix).
  "src/components/forms/use-error-text.ts": ["validation"],
};

const sources = new Map<string, string>();
function read(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = fs.readFileSync(file, "utf8");
    sources.set(file, text);
  }
  return text;
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(SRC, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importsOf(file: string): string[] {
  const text = read(file);
  const out: string[] = [];
  // Value imports and re-exports; `import type` brings no code.
  const pattern = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\s+from\s+)?"([^"]+)"/g;
  for (const match of text.matchAll(pattern)) {
    const resolved = resolveImport(file, match[1]!);
    if (resolved && /\.(ts|tsx)$/.test(resolved)) out.push(resolved);
  }
  return out;
}

const isClient = (file: string) => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*\s*["']use client["']/.test(read(file));

/** The namespaces used by the client components reachable from a route file. */
function clientNamespaces(entry: string): { namespaces: Map<string, string>; problems: string[] } {
  const namespaces = new Map<string, string>();
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, client: boolean) => {
    const key = `${file}:${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    const inClient = client || isClient(file);
    if (inClient) {
      const text = read(file);
      const relative = path.relative(ROOT, file);
      for (const m of text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) {
        namespaces.set(m[1]!.split(".")[0]!, relative);
      }
      if (/useTranslations\(\s*\)/.test(text)) {
        const known = ROOT_TRANSLATION_USERS[relative];
        if (known) for (const ns of known) namespaces.set(ns, relative);
        else problems.push(`${relative}: useTranslations() without a namespace in a client component`);
      }
      if (/useMessages\(/.test(text)) problems.push(`${relative}: useMessages() in a client component`);
    }
    for (const next of importsOf(file)) walk(next, inClient);
  };
  walk(entry, false);
  return { namespaces, problems };
}

/** What the nearest <ClientMessages> at or above this route file provides. */
function providedFor(entry: string): Set<string> {
  const candidates: string[] = [];
  if (path.basename(entry) === "page.tsx") candidates.push(entry);
  for (let dir = path.dirname(entry); dir.startsWith(APP); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (fs.existsSync(layout)) candidates.push(layout);
  }
  for (const file of candidates) {
    const text = read(file);
    if (!text.includes("<ClientMessages")) continue;
    const list = text.match(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/)?.[1] ?? "";
    return new Set([...SHARED_CLIENT_NAMESPACES, ...[...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]!)]);
  }
  return new Set();
}

function routeFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) routeFiles(full, out);
    else if (ROUTE_FILES.has(entry.name)) out.push(full);
  }
  return out;
}

describe("messages handed to client components", () => {
  const routes = routeFiles(APP);

  it("finds the route files and the client components", () => {
    expect(routes.length).toBeGreaterThan(20);
    const positioning = path.join(APP, "(site)/atelier/positionnement/page.tsx");
    expect([...clientNamespaces(positioning).namespaces.keys()]).toContain("positioning");
  });

  it.each(routes.map((f) => [path.relative(ROOT, f), f] as const))(
    "%s: its client components get every namespace they use",
    (_name, file) => {
      const { namespaces, problems } = clientNamespaces(file);
      expect(problems).toEqual([]);
      const provided = providedFor(file);
      const missing = [...namespaces].filter(([ns]) => !provided.has(ns)).map(([ns, by]) => `${ns} (used by ${by})`);
      expect(missing).toEqual([]);
    },
  );

  it("names only namespaces that exist", () => {
    for (const file of routes) {
      for (const ns of providedFor(file)) expect(Object.keys(MESSAGES.fr), file).toContain(ns);
    }
  });
});
