import { describe, expect, it } from "vitest";
import { chooseLocale, isLocale, labelled, localeFromAcceptLanguage } from "@/i18n/locales";

describe("the browser's languages as a first guess", () => {
  it("takes the first supported language by quality, then by order", () => {
    expect(localeFromAcceptLanguage("en-US,en;q=0.9,fr;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage("de;q=1, en;q=0.5, fr;q=0.7")).toBe("fr");
    expect(localeFromAcceptLanguage("EN-ca")).toBe("en");
  });

  it("falls back on Québec French when no language is supported or the header is absent or odd", () => {
    expect(localeFromAcceptLanguage("de-DE,es;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage(undefined)).toBe("fr");
    expect(localeFromAcceptLanguage("")).toBe("fr");
    expect(localeFromAcceptLanguage("en;q=0")).toBe("fr");
    expect(localeFromAcceptLanguage("en;q=abc, fr;q=0.1")).toBe("fr");
  });
});

describe("whose choice wins", () => {
  it("is the account, then the cookie, then the browser", () => {
    expect(chooseLocale({ account: "en", cookie: "fr", acceptLanguage: "fr" })).toBe("en");
    expect(chooseLocale({ account: null, cookie: "en", acceptLanguage: "fr" })).toBe("en");
    expect(chooseLocale({ account: null, cookie: null, acceptLanguage: "en-GB" })).toBe("en");
  });

  it("ignores a stored or sent value that is not one of the interface's languages", () => {
    expect(chooseLocale({ account: "de", cookie: "<script>", acceptLanguage: "fr" })).toBe("fr");
    expect(isLocale("en")).toBe(true);
    expect(isLocale("EN")).toBe(false);
  });
});

describe("a label and its value joined in code", () => {
  it("follows each language's typography: a space before the colon in French, none in English", () => {
    expect(labelled("fr", "Actuelle", "Expertise 60 %")).toBe("Actuelle : Expertise 60 %");
    expect(labelled("en", "Current", "Expertise 60%")).toBe("Current: Expertise 60%");
    // A screen-reader suffix after a link's text: « Gérer : Intervenant.e.s ».
    expect(labelled("en", "", "Staff")).toBe(": Staff");
    expect(labelled(undefined, "Étape", "Ateliers")).toBe("Étape : Ateliers");
  });
});
