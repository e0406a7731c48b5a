import { describe, expect, it } from "vitest";
import { translateKey } from "@/i18n/translator";
import { codeSchema, firstAccountSchema } from "@/lib/schemas/auth";
import { parseMessageKey, tooLong, withParams } from "@/lib/schemas/message-key";

describe("message keys that carry their field's limit", () => {
  it("round-trips a key and its numeric parameters", () => {
    expect(parseMessageKey(withParams("validation.tooLong", { max: 254 }))).toEqual({
      key: "validation.tooLong",
      params: { max: 254 },
    });
    expect(parseMessageKey("validation.required")).toEqual({ key: "validation.required", params: {} });
  });

  it("is said with the field's own limit, in each language, whatever the caller passes", () => {
    expect(translateKey(tooLong(100))).toBe("Ce texte est trop long (maximum 100 caractères).");
    expect(translateKey(tooLong(100), { max: 200 })).toBe("Ce texte est trop long (maximum 100 caractères).");
    expect(translateKey(tooLong(4000), {}, "en")).toContain("maximum 4000 characters");
  });

  // Forms used to show the sign-in email's and the code's « trop long » without its number,
  // and a name's with the password's limit.
  it("comes out of the schemas for every too-long field, so no form has to know the limit", () => {
    const result = firstAccountSchema.safeParse({
      name: "A".repeat(101),
      email: `${"a".repeat(260)}@x.ca`,
      password: "une phrase de passe longue",
      passwordConfirm: "une phrase de passe longue",
    });
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join("."), translateKey(issue.message)]),
    );
    expect(messages.name).toBe("Ce texte est trop long (maximum 100 caractères).");
    expect(messages.email).toContain("maximum 254 caractères");
    const code = codeSchema.safeParse({ code: "X".repeat(41) });
    expect(translateKey(code.error?.issues[0]?.message ?? "")).toBe("Ce texte est trop long (maximum 40 caractères).");
  });
});
