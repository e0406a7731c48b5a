import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";

const dir = path.resolve("messages/fr");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));

describe("message files", () => {
  it("never define the same top-level namespace twice (the files are merged shallowly)", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of files) {
      for (const key of Object.keys(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")))) {
        const owner = owners.get(key);
        if (owner) clashes.push(`${key}: ${owner} and ${file}`);
        owners.set(key, file);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("are all registered, so no page shows a raw key", () => {
    for (const file of files) {
      for (const key of Object.keys(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")))) {
        expect(MESSAGES.fr, `${file} → ${key}`).toHaveProperty(key);
      }
    }
  });
});
