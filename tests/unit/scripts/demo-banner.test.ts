import { describe, expect, it } from "vitest";
import { DEMO_BANNER, DEMO_CODES, DEMO_ENGLISH_CODES, DEMO_PASSWORD } from "../../../scripts/lib/demo-banner.mjs";

describe("the start banner", () => {
  it("on a hosted instance, prints no demo credential and says where to create the first account", () => {
    const banner = DEMO_BANNER({ BASE_URL: "https://regards.exemple.org", DEMO: "on" });
    expect(banner).not.toContain(DEMO_PASSWORD);
    for (const code of [...DEMO_CODES, ...DEMO_ENGLISH_CODES]) expect(banner).not.toContain(code);
    expect(banner).not.toMatch(/demo@/);
    expect(banner).toContain("https://regards.exemple.org/premier-compte");
  });

  it("on a local instance with the demo, prints the demo's sign-in", () => {
    const banner = DEMO_BANNER({ BASE_URL: "http://localhost:3000" });
    expect(banner).toContain(DEMO_PASSWORD);
    expect(banner).toContain(DEMO_CODES[0]);
    // The English demo démarche's codes too (decision 024).
    for (const code of DEMO_ENGLISH_CODES) expect(banner).toContain(code);
  });

  it("with the demo off, says where to create the first account", () => {
    const banner = DEMO_BANNER({ PORT: "4100", DEMO: "off" });
    expect(banner).not.toContain(DEMO_PASSWORD);
    expect(banner).toContain("http://localhost:4100/premier-compte");
  });
});
