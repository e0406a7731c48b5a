import { describe, expect, it } from "vitest";
import { mandatesToDescribe } from "@/domain/mandate-texts";

const DEFAULT = "Une des trois tendances de pratique du schéma triangulaire.";
const DEFAULT_EN = "One of the three tendencies of practice in the triangular schema.";
const DEFAULTS = [DEFAULT, DEFAULT_EN];

describe("which mandate descriptions the facilitator still has to write", () => {
  it("all three while they are the neutral default", () => {
    expect(
      mandatesToDescribe({ expertise: DEFAULT, representation: DEFAULT, participation: DEFAULT }, DEFAULTS),
    ).toEqual(["expertise", "representation", "participation"]);
  });

  it("a mandate left empty or with the same words as another", () => {
    const texts = {
      expertise: "Les intervenant.e.s décident.",
      representation: "",
      participation: " les intervenant.e.s  décident.",
    };
    expect(mandatesToDescribe(texts, DEFAULTS)).toEqual(["expertise", "representation", "participation"]);
  });

  it("none once each has its own words", () => {
    const texts = {
      expertise: "L'équipe décide de ce qui est bon. Par exemple : le programme est fixé par l'équipe.",
      representation: "Des personnes parlent au nom des membres. Par exemple : un comité de membres.",
      participation: "Les membres décident avec l'équipe. Par exemple : l'assemblée choisit les activités.",
    };
    expect(mandatesToDescribe(texts, DEFAULTS)).toEqual([]);
  });

  it("the default of either language, whatever language the démarche is in now", () => {
    const texts = {
      expertise: DEFAULT_EN,
      representation: DEFAULT,
      participation: "Les membres décident avec l'équipe. Par exemple : l'assemblée choisit les activités.",
    };
    expect(mandatesToDescribe(texts, DEFAULTS)).toEqual(["expertise", "representation"]);
  });

  it("a default with other spacing or capitals is still the default", () => {
    const texts = {
      expertise: `  ${DEFAULT_EN.toUpperCase()}\n`,
      representation: "Des personnes parlent au nom des membres. Par exemple : un comité de membres.",
      participation: "Les membres décident avec l'équipe. Par exemple : l'assemblée choisit les activités.",
    };
    expect(mandatesToDescribe(texts, DEFAULTS)).toEqual(["expertise"]);
  });
});
