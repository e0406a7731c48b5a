import { describe, expect, it } from "vitest";
import { ACTION_BODY_MAX_DEPTH, isForeignOrigin, nestsDeeperThan, requestHost } from "@/lib/request-limits";

describe("isForeignOrigin", () => {
  it("accepts the page's own origin and a hand-made request without Origin", () => {
    expect(isForeignOrigin("http://localhost:3000", "localhost:3000")).toBe(false);
    expect(isForeignOrigin("https://rc.organisme.org", "rc.organisme.org")).toBe(false);
    expect(isForeignOrigin(null, "localhost:3000")).toBe(false);
  });

  it("refuses another site, Origin: null, a port that differs, and garbage", () => {
    expect(isForeignOrigin("https://evil.example", "localhost:3000")).toBe(true);
    expect(isForeignOrigin("null", "localhost:3000")).toBe(true);
    expect(isForeignOrigin("http://localhost:3001", "localhost:3000")).toBe(true);
    expect(isForeignOrigin("not a url", "localhost:3000")).toBe(true);
    expect(isForeignOrigin("http://localhost:3000", null)).toBe(true);
  });

  it("compares with the host a reverse proxy forwarded, as Next.js does", () => {
    const headers = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "rc.organisme.org, other" });
    expect(requestHost(headers)).toBe("rc.organisme.org");
    expect(requestHost(new Headers({ host: "localhost:3000" }))).toBe("localhost:3000");
  });
});

describe("nestsDeeperThan", () => {
  it("lets every shape the app's forms send through", () => {
    const positioning = JSON.stringify([
      { current: { expertise: 500, representation: 300, participation: 200 }, currentWhy: "[[[{{{", ids: ["a"] },
    ]);
    expect(nestsDeeperThan(positioning, ACTION_BODY_MAX_DEPTH)).toBe(false);
  });

  it("finds a 100,000-deep body in one pass, without recursing", () => {
    const deep = `${"[".repeat(100_000)}1${"]".repeat(100_000)}`;
    expect(nestsDeeperThan(deep, ACTION_BODY_MAX_DEPTH)).toBe(true);
    expect(nestsDeeperThan("{".repeat(33), 32)).toBe(true);
    expect(nestsDeeperThan("{".repeat(32), 32)).toBe(false);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    const text = JSON.stringify(['"['.repeat(1000) + "{".repeat(1000)]);
    expect(nestsDeeperThan(text, 3)).toBe(false);
  });
});
