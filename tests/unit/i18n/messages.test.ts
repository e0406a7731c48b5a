import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Each area's messages live in their own file, merged by spreading them into
 * one object (src/i18n/messages.ts): two files with the same top-level
 * namespace would silently replace one area's texts with the other's.
 */
describe("message files", () => {
  it("never share a top-level namespace", () => {
    const dir = path.resolve("messages/fr");
    const owners = new Map<string, string[]>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const namespaces = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as object);
      for (const name of namespaces) owners.set(name, [...(owners.get(name) ?? []), file]);
    }
    const shared = [...owners].filter(([, files]) => files.length > 1);
    expect(shared).toEqual([]);
  });
});

describe("registered messages", () => {
  it("include every file's namespaces, so no page shows a raw key", async () => {
    const { MESSAGES } = await import("@/i18n/messages");
    const dir = path.resolve("messages/fr");
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      for (const key of Object.keys(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as object)) {
        expect(MESSAGES.fr, `${file} → ${key}`).toHaveProperty(key);
      }
    }
  });
});
