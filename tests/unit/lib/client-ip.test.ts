import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/client-ip";

describe("clientIp", () => {
  it("takes the address appended by the server itself when reached directly", () => {
    expect(clientIp("203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("ignores addresses a client prepends to dodge rate limits", () => {
    expect(clientIp("1.2.3.4, 5.6.7.8, 203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("skips the trusted reverse proxies at the end of the chain", () => {
    expect(clientIp("1.2.3.4, 203.0.113.7, 10.0.0.1", 1)).toBe("203.0.113.7");
  });

  it("falls back when the header is missing or shorter than the hops", () => {
    expect(clientIp(null, 0)).toBe("unknown");
    expect(clientIp("203.0.113.7", 3)).toBe("203.0.113.7");
  });
});
