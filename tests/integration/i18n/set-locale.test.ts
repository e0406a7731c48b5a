import "../../support/mock-next";
import { describe, expect, it } from "vitest";
import { setLocaleAction } from "@/app/(site)/actions";
import { chooseLocale, LOCALE_COOKIE } from "@/i18n/locales";
import { ANONYMOUS } from "@/server/auth/viewer";
import { db } from "@/server/db";
import { actAs, requestCookies } from "../../support/acting-as";
import { makeFacilitator, makeFacilitatorViewer, signInFacilitator } from "../../support/factories";

/**
 * Decision 024: the language switch keeps the choice in the browser's cookie
 * for everyone, and on a signed-in facilitator's own account, so that it
 * follows them to another device whatever that browser says.
 */
describe("choosing the interface language", () => {
  it("stores a facilitator's choice on their account, which wins on another device", async () => {
    const me = await makeFacilitatorViewer();
    const colleague = await makeFacilitator();
    actAs(me);

    expect(await setLocaleAction({ locale: "en" })).toEqual({ ok: true, data: { locale: "en" } });

    expect((await db.facilitator.findUniqueOrThrow({ where: { id: me.facilitatorId } })).locale).toBe("en");
    expect((await db.facilitator.findUniqueOrThrow({ where: { id: colleague.id } })).locale).toBeNull();
    expect(requestCookies().get(LOCALE_COOKIE)?.value).toBe("en");

    // A new sign-in elsewhere: a French browser without the cookie still gets English.
    const elsewhere = await signInFacilitator(me.facilitatorId);
    expect(elsewhere.locale).toBe("en");
    expect(chooseLocale({ account: elsewhere.locale, cookie: null, acceptLanguage: "fr-CA,fr;q=0.9" })).toBe("en");
  });

  it("keeps a visitor's choice in the cookie only, writing nothing", async () => {
    actAs(ANONYMOUS);
    const before = await db.facilitator.findMany({ select: { id: true, locale: true, updatedAt: true } });

    expect(await setLocaleAction({ locale: "fr" })).toMatchObject({ ok: true });

    expect(requestCookies().get(LOCALE_COOKIE)?.value).toBe("fr");
    expect(await db.facilitator.findMany({ select: { id: true, locale: true, updatedAt: true } })).toEqual(before);
  });

  it("refuses a language the interface does not have, as a validation error that changes nothing", async () => {
    const me = await makeFacilitatorViewer();
    actAs(me);
    requestCookies().set(LOCALE_COOKIE, "fr");

    const result = await setLocaleAction({ locale: "de" as "en" });

    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(requestCookies().get(LOCALE_COOKIE)?.value).toBe("fr");
    expect((await db.facilitator.findUniqueOrThrow({ where: { id: me.facilitatorId } })).locale).toBeNull();
  });

  it("answers in the chosen language: a refused input reads in English once English is chosen", async () => {
    actAs(ANONYMOUS);
    requestCookies().set(LOCALE_COOKIE, "fr");
    expect(await setLocaleAction({ locale: "de" as "en" })).toMatchObject({ message: "Certains champs sont à corriger." });

    requestCookies().set(LOCALE_COOKIE, "en");
    expect(await setLocaleAction({ locale: "de" as "en" })).toMatchObject({
      code: "VALIDATION",
      message: "Some fields need correcting.",
      fieldErrors: { locale: { message: "This value is not valid." } },
    });
    requestCookies().delete(LOCALE_COOKIE);
  });
});
