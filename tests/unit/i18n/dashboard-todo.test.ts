import { describe, expect, it } from "vitest";
import { translator } from "@/i18n/translator";

const t = translator("dashboard") as unknown as (key: string, values: Record<string, number>) => string;

describe("the dashboard's next step during the ateliers", () => {
  it("counts the groups it waits for: four groups are not « les trois groupes »", () => {
    const four = t("todo.ateliers.next", { version: 1, groups: 4 });
    expect(four).not.toMatch(/trois/);
    expect(four).toContain("les 4 groupes");
    expect(t("todo.ateliers.next", { version: 1, groups: 3 })).toContain("les trois groupes");
  });
});
