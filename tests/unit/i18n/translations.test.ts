import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

/**
 * Québec French (messages/fr) is the source; every other language in
 * messages/<locale> must say the same things with the same arguments
 * (docs/glossary.md, docs/decisions/024-languages.md). These checks read the
 * JSON files themselves, so a file added in one language only fails too.
 */
const MESSAGES_DIR = path.resolve(import.meta.dirname, "../../../messages");
const SOURCE = "fr";
const TRANSLATIONS = fs
  .readdirSync(MESSAGES_DIR)
  .filter((name) => name !== SOURCE && fs.statSync(path.join(MESSAGES_DIR, name)).isDirectory());

/**
 * Keys whose text is legitimately the same in both languages: proper names,
 * codes, the source's French terms kept on purpose (docs/glossary.md), words
 * spelled alike, and messages that are only arguments and punctuation
 * (those are allowed by `onlyArguments` below, not listed here).
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([
  // Proper names and codes.
  "common.appName", // Regards croisés
  "home.codeLabel", // "Code": an invitation or return code
  "exploration.codeLabel",
  "groupsPage.code",
  // The source's terms kept in French on purpose (docs/glossary.md).
  "join.demarche",
  "myData.demarche",
  "groupKinds.destinataires",
  "defaults.groupLabels.destinataires",
  "phases.mise_en_commun",
  "demarcheNav.plenary",
  "reportPage.plenaryLink",
  "plenary.title",
  "plenaryProjection.title", // "Mise en commun — projection"
  "pageTitles.plenary",
  "pageTitles.plenaryProjection",
  // Words spelled the same in both languages.
  "chart.mandatesShort.expertise",
  "chart.mandatesShort.participation",
  "report.participation.title",
  "chart.verdict.nuance",
  "report.verdict.nuance",
  "report.verdict.convergence",
  "report.verdict.divergence",
  "report.comparison.nuancesTitle",
  "report.participation.total",
  "report.movements.delta", // "{group} ({points} points)"
  "dashboard.invitationColumn",
  "groupsPage.invitationTitle",
  "calendarPage.date",
  "engagementPage.versionLabel", // "Version {version}"
  "join.conditionsVersion",
  "plenary.orientation",
  "caAnswers.publishTitle", // "Publication"
  "positioning.gapSeries", // "Positions"
  "groupView.decisionModes.consensus",
  "groupView.justificationLabel",
  "groupStep.justification",
  "facilitatorWorkshop.colActions",
]);

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

function load(locale: string): Map<string, Map<string, string>> {
  const dir = path.join(MESSAGES_DIR, locale);
  const files = new Map<string, Map<string, string>>();
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    files.set(file, flatten(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Tree));
  }
  return files;
}

/**
 * The arguments a message takes, as "name:kind" strings, walking into plural
 * and select branches. For a select, its branch names are part of the
 * signature (the code passes those values); a plural's branches are the
 * language's own (French and English may need different =0 / one forms), so
 * only its argument counts (the parser itself refuses a plural without `other`).
 */
function signature(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          found.add(`${element.value}:text`);
          break;
        case TYPE.number:
          found.add(`${element.value}:number`);
          break;
        case TYPE.date:
          found.add(`${element.value}:date`);
          break;
        case TYPE.time:
          found.add(`${element.value}:time`);
          break;
        case TYPE.select:
          found.add(`${element.value}:select(${Object.keys(element.options).sort().join("|")})`);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.plural:
          found.add(`${element.value}:plural`);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.tag:
          found.add(`<${element.value}>:tag`);
          walk(element.children);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** A message that is only arguments, digits and punctuation reads the same in any language. */
function onlyArguments(message: string): boolean {
  return !/\p{L}/u.test(message.replace(/\{[^{}]*\}/g, ""));
}

const source = load(SOURCE);

describe.each(TRANSLATIONS)("messages/%s", (locale) => {
  const translation = load(locale);

  it("has the same files as the French source", () => {
    expect([...translation.keys()]).toEqual([...source.keys()]);
  });

  it("has every French key and no other", () => {
    const missing: string[] = [];
    const extra: string[] = [];
    for (const [file, frKeys] of source) {
      const keys = translation.get(file) ?? new Map<string, string>();
      for (const key of frKeys.keys()) if (!keys.has(key)) missing.push(`${file}: ${key}`);
      for (const key of keys.keys()) if (!frKeys.has(key)) extra.push(`${file}: ${key}`);
    }
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("translates every message (a copy of the French is allowed only for names and kept terms)", () => {
    const copies: string[] = [];
    for (const [file, frKeys] of source) {
      for (const [key, fr] of frKeys) {
        const other = translation.get(file)?.get(key);
        if (other === undefined || other !== fr || onlyArguments(fr)) continue;
        if (SAME_IN_BOTH.has(key)) continue;
        copies.push(`${file}: ${key} = ${JSON.stringify(fr)}`);
      }
    }
    expect(copies).toEqual([]);
  });

  it("gives every message the same ICU arguments as the French", () => {
    const differences: string[] = [];
    for (const [file, frKeys] of source) {
      for (const [key, fr] of frKeys) {
        const other = translation.get(file)?.get(key);
        if (other === undefined) continue;
        let theirs: string[];
        try {
          theirs = signature(other);
        } catch (error) {
          differences.push(`${file}: ${key} does not parse: ${(error as Error).message}`);
          continue;
        }
        const ours = signature(fr);
        if (theirs.join(" ") !== ours.join(" ")) {
          differences.push(`${file}: ${key}: fr [${ours.join(", ")}] ≠ ${locale} [${theirs.join(", ")}]`);
        }
      }
    }
    expect(differences).toEqual([]);
  });
});

describe("the production build", () => {
  // The build precompiles only the folders next.config.ts lists; a language left out shows
  // its arguments raw (« Hello {name}! ») in production while every test of the JSON passes.
  it.each([SOURCE, ...TRANSLATIONS])("precompiles messages/%s", (locale) => {
    const config = fs.readFileSync(path.resolve(MESSAGES_DIR, "../next.config.ts"), "utf8");
    expect(config).toContain(`"./messages/${locale}"`);
  });
});

describe("the checks above", () => {
  it("see a missing plural branch, a renamed argument and a select with other branches", () => {
    expect(signature("{n, plural, one {# a} other {# b}}")).toEqual(["n:plural"]);
    expect(() => signature("{n, plural, one {# a}}")).toThrow();
    expect(signature("{count} of {min}")).not.toEqual(signature("{count} of {max}"));
    expect(signature("{p, select, none {} other {, {p}}}")).toEqual(["p:select(none|other)", "p:text"]);
    expect(signature("{p, select, none {} other {x}}")).not.toEqual(signature("{p, select, other {x}}"));
    expect(signature("{d, date, long}")).toEqual(["d:date"]);
  });

  it("let through only letter-free messages without an allow-list entry", () => {
    expect(onlyArguments("{a} / {b}")).toBe(true);
    expect(onlyArguments("{percent} %")).toBe(true);
    expect(onlyArguments("Code")).toBe(false);
  });

  it("find at least one translation to compare", () => {
    expect(TRANSLATIONS).toContain("en");
  });
});
