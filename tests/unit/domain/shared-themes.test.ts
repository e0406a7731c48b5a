import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeTheme, sharedThemes, type ConditionInput } from "@/domain/shared-themes";

describe("normalizeTheme", () => {
  it("ignores case, accents and spacing", () => {
    expect(normalizeTheme("  Financés ")).toBe("finances");
    expect(normalizeTheme("FINANCES")).toBe("finances");
    expect(normalizeTheme("Accès   au\tlocal")).toBe("acces au local");
  });

  it("folds ligatures and typographic apostrophes", () => {
    expect(normalizeTheme("Cœur de la mission")).toBe(normalizeTheme("coeur de la mission"));
    expect(normalizeTheme("L’accès")).toBe(normalizeTheme("l'acces"));
  });
});

describe("sharedThemes", () => {
  it("matches « Finances », « finances  » and « Financés » as one theme shared by three groups", () => {
    const conditions: ConditionInput[] = [
      { groupId: "int", kind: "entrave", theme: "Finances" },
      { groupId: "dest", kind: "favorise", theme: "finances  " },
      { groupId: "ca", kind: "entrave", theme: "Financés" },
    ];
    expect(sharedThemes(conditions)).toEqual([
      {
        key: "finances",
        label: "Finances",
        groupIds: ["int", "dest", "ca"],
        kinds: ["entrave", "favorise"],
        groupIdsByKind: { entrave: ["int", "ca"], favorise: ["dest"] },
      },
    ]);
  });

  it("labels a theme with its most frequent spelling", () => {
    const conditions: ConditionInput[] = [
      { groupId: "a", kind: "entrave", theme: "locaux" },
      { groupId: "b", kind: "entrave", theme: "Locaux" },
      { groupId: "c", kind: "entrave", theme: "Locaux " },
    ];
    expect(sharedThemes(conditions)[0]?.label).toBe("Locaux");
  });

  it("breaks spelling ties by the first seen", () => {
    const conditions: ConditionInput[] = [
      { groupId: "a", kind: "favorise", theme: "Temps" },
      { groupId: "b", kind: "favorise", theme: "temps" },
    ];
    expect(sharedThemes(conditions)[0]?.label).toBe("Temps");
  });

  it("does not count a group twice", () => {
    const conditions: ConditionInput[] = [
      { groupId: "a", kind: "entrave", theme: "Temps" },
      { groupId: "a", kind: "favorise", theme: "temps" },
    ];
    expect(sharedThemes(conditions)).toEqual([]);
  });

  it("orders by number of groups, then alphabetically, ignoring empty themes", () => {
    const conditions: ConditionInput[] = [
      { groupId: "a", kind: "entrave", theme: "Transport" },
      { groupId: "b", kind: "entrave", theme: "transport" },
      { groupId: "a", kind: "favorise", theme: "Écoute" },
      { groupId: "b", kind: "favorise", theme: "ecoute" },
      { groupId: "c", kind: "favorise", theme: "écoute" },
      { groupId: "a", kind: "entrave", theme: "Bénévoles" },
      { groupId: "c", kind: "entrave", theme: "bénévoles" },
      { groupId: "a", kind: "entrave", theme: "   " },
      { groupId: "b", kind: "entrave", theme: "" },
      { groupId: "c", kind: "entrave", theme: "Seul" },
    ];
    expect(sharedThemes(conditions).map((theme) => [theme.label, theme.groupIds.length])).toEqual([
      ["Écoute", 3],
      ["Bénévoles", 2],
      ["Transport", 2],
    ]);
  });

  it("honours minGroups", () => {
    const conditions: ConditionInput[] = [
      { groupId: "a", kind: "entrave", theme: "Temps" },
      { groupId: "b", kind: "entrave", theme: "Temps" },
    ];
    expect(sharedThemes(conditions, { minGroups: 3 })).toEqual([]);
    expect(sharedThemes(conditions.slice(0, 1), { minGroups: 1 })).toHaveLength(1);
    expect(() => sharedThemes(conditions, { minGroups: 0 })).toThrow(RangeError);
  });

  it("finds the same themes and groups whatever the order of conditions", () => {
    const themeArb = fc.constantFrom(
      "Finances",
      "finances",
      "Financés",
      "Locaux",
      "locaux ",
      "Temps",
      "Écoute",
      "ecoute",
    );
    const conditionArb = fc.record({
      groupId: fc.constantFrom("a", "b", "c", "d"),
      kind: fc.constantFrom<"entrave" | "favorise">("entrave", "favorise"),
      theme: themeArb,
    });
    fc.assert(
      fc.property(
        fc
          .array(conditionArb, { maxLength: 20 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
          ),
        ([list, shuffled]) => {
          const summary = (conditions: ConditionInput[]) =>
            sharedThemes(conditions).map((theme) => ({
              key: theme.key,
              groups: [...theme.groupIds].sort(),
              kinds: theme.kinds,
            }));
          expect(summary(shuffled)).toEqual(summary(list));
        },
      ),
    );
  });
});
