import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";

const APP = path.resolve(import.meta.dirname, "../../../src/app");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Page and layout files, with their source. */
const files = sourceFiles(APP)
  .filter((file) => /[/\\](page|layout|not-found)\.tsx$/.test(file))
  .map((file) => ({ file: path.relative(APP, file), source: fs.readFileSync(file, "utf8") }));

describe("page titles (decision 024)", () => {
  it("come from the messages in the request's language, never a fixed French title", () => {
    const fixed = files.filter(({ source }) => /export const metadata[^=]*=\s*\{[^}]*\btitle:/s.test(source));
    expect(fixed.map((f) => f.file)).toEqual([]);
  });

  it("name keys that exist in every language", () => {
    const used = files.flatMap(({ file, source }) =>
      [...source.matchAll(/pageMetadata\("([^"]+)"/g)].map((m) => ({ file, key: m[1]! })),
    );
    expect(used.length).toBeGreaterThan(30);
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      const titles = messages.pageTitles as Record<string, string>;
      const missing = used.filter(({ key }) => typeof titles[key] !== "string");
      expect(missing, `${locale}: page titles without a message`).toEqual([]);
    }
    expect(MESSAGES.en.pageTitles.settings).toBe("Settings");
    expect(MESSAGES.fr.pageTitles.settings).toBe("Paramètres");
  });
});
