import { describe, expect, it } from "vitest";
import { admissionWarnings, comparableName } from "@/domain/admission";

describe("admission warnings", () => {
  it("treats names that differ only by case, accents or spaces as the same", () => {
    expect(comparableName("  Hélène   Côté ")).toBe(comparableName("helene cote"));
    expect(comparableName("Marie-Ève")).toBe(comparableName("marie eve"));
    expect(comparableName("Marie")).not.toBe(comparableName("Mario"));
  });

  it("flags the same name and the same browser, never an entry against itself, never an erased name or unknown browser", () => {
    const people = [
      { id: "a", displayName: "Lucie", deviceHash: "d1" },
      { id: "b", displayName: "lucie", deviceHash: null },
      { id: "c", displayName: "Autre", deviceHash: "d1" },
      { id: "d", displayName: "", deviceHash: null },
      { id: "e", displayName: "", deviceHash: null },
    ];
    const w = admissionWarnings(people, people);
    expect(w.get("a")).toEqual({ sameName: ["b"], sameBrowser: ["c"] });
    expect(w.get("b")).toEqual({ sameName: ["a"], sameBrowser: [] });
    expect(w.get("c")).toEqual({ sameName: [], sameBrowser: ["a"] });
    expect(w.get("d")).toEqual({ sameName: [], sameBrowser: [] });
  });
});
