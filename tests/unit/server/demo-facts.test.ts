import { describe, expect, it } from "vitest";
import { formatShortCode, isWellFormedShortCode } from "@/domain/short-code";
import { DEMO } from "@/server/demo/demo-facts";
// The start script (plain JavaScript) prints the demo credentials; they must match the seed's.
import { DEMO_CODES, DEMO_EMAIL, DEMO_ENGLISH_CODES, DEMO_PASSWORD } from "../../../scripts/lib/demo-banner.mjs";

describe("demo facts", () => {
  it("prints the same credentials and codes the seed creates", () => {
    expect(DEMO_EMAIL).toBe(DEMO.facilitator.email);
    expect(DEMO_PASSWORD).toBe(DEMO.facilitator.password);
    expect(DEMO_CODES).toEqual(Object.values(DEMO.codes).map(formatShortCode));
    expect(DEMO_ENGLISH_CODES).toEqual(Object.values(DEMO.english.codes).map(formatShortCode));
  });

  it("uses codes people can type", () => {
    for (const code of [...Object.values(DEMO.codes), ...Object.values(DEMO.english.codes)])
      expect(isWellFormedShortCode(code)).toBe(true);
  });

  it("gives each demo démarche its own codes", () => {
    const codes = [...Object.values(DEMO.codes), ...Object.values(DEMO.english.codes)];
    expect(new Set(codes).size).toBe(codes.length);
  });
});
