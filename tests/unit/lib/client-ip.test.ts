import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientIp, UNKNOWN_ADDRESS } from "@/lib/client-ip";
import {
  CLIENT_ADDRESS_HEADER as ENTRY_HEADER,
  clientAddress,
  normaliseAddress,
  parseTrustedHops,
  withClientAddress,
} from "../../../scripts/lib/client-address.mjs";

/**
 * The client address as the app receives it: a real node:http server wrapped
 * by the server entry's `withClientAddress` (what scripts/server.mjs puts in
 * front of Next.js) echoes the header the app reads, for requests sent over a
 * real socket with whatever headers a client chooses to forge.
 */
let server: http.Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

async function echoServer(trustedHops: number): Promise<number> {
  server = http.createServer(
    withClientAddress(
      (req, res) => {
        // Every copy the handler could read: the parsed header and the raw list.
        const raw = req.rawHeaders.filter((_, i) => i % 2 === 0 && req.rawHeaders[i]!.toLowerCase() === ENTRY_HEADER);
        res.end(JSON.stringify({ header: req.headers[ENTRY_HEADER], rawCopies: raw.length }));
      },
      { trustedHops },
    ),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server!.address() as AddressInfo).port;
}

/** Sends a request from `from` (a loopback address) with these headers; returns what the app would read. */
function seenAs(
  port: number,
  headers: [string, string][],
  from = "127.0.0.1",
): Promise<{ header: string; rawCopies: number; app: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, localAddress: from, path: "/", agent: false }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => {
        const seen = JSON.parse(body) as { header: string; rawCopies: number };
        resolve({ ...seen, app: clientIp(seen.header) });
      });
    });
    // setHeader would merge duplicates; send each line as the client wrote it.
    for (const [name, value] of headers) req.appendHeader(name, value);
    req.on("error", reject);
    req.end();
  });
}

describe("the client address the server entry gives the app", () => {
  it("uses the same header name on both sides", () => {
    expect(ENTRY_HEADER).toBe(CLIENT_ADDRESS_HEADER);
  });

  it("with no trusted proxy, is the socket's address whatever the client sends", async () => {
    const port = await echoServer(0);
    expect((await seenAs(port, [], "127.0.0.2")).app).toBe("127.0.0.2");
    for (const forged of [
      [["X-Forwarded-For", "203.0.113.7"]],
      [["X-Forwarded-For", "127.0.0.1, 203.0.113.8"]],
      [
        ["X-Forwarded-For", "203.0.113.7"],
        ["X-Forwarded-For", "203.0.113.8"],
      ],
      [["X-Real-IP", "203.0.113.9"]],
      [[CLIENT_ADDRESS_HEADER, "203.0.113.10"]],
      [
        ["X-RC-Client-Address", "203.0.113.11"],
        ["x-rc-client-address", "203.0.113.12"],
      ],
    ] as [string, string][][]) {
      const seen = await seenAs(port, forged, "127.0.0.3");
      expect(seen.app, JSON.stringify(forged)).toBe("127.0.0.3");
      // The client's copies are gone, not merely shadowed.
      expect(seen.rawCopies, JSON.stringify(forged)).toBe(1);
    }
  });

  it("behind one trusted proxy, is the address that proxy appended, not what the client prepended", async () => {
    const port = await echoServer(1);
    // The proxy (here at 127.0.0.1) appended the address it received the request from.
    expect((await seenAs(port, [["X-Forwarded-For", "198.51.100.4"]])).app).toBe("198.51.100.4");
    expect((await seenAs(port, [["X-Forwarded-For", "203.0.113.7, 127.0.0.1, 198.51.100.4"]])).app).toBe(
      "198.51.100.4",
    );
    // A request that did not come through the proxy: the socket's address.
    expect((await seenAs(port, [], "127.0.0.4")).app).toBe("127.0.0.4");
  });

  it("behind two trusted proxies, is the second address from the right", () => {
    const at = (forwardedFor: string) => clientAddress({ socketAddress: "10.0.0.2", forwardedFor, trustedHops: 2 });
    expect(at("203.0.113.7, 198.51.100.4, 10.0.0.1")).toBe("198.51.100.4");
    expect(at("198.51.100.4, 10.0.0.1")).toBe("198.51.100.4");
    // Too short a chain did not come through both proxies.
    expect(at("198.51.100.4")).toBe("10.0.0.2");
    // Garbage where a proxy's entry should be is no address.
    expect(at("x, not-an-address, 10.0.0.1")).toBe(UNKNOWN_ADDRESS);
  });

  it("writes an address in one spelling", () => {
    expect(normaliseAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normaliseAddress("localhost")).toBeNull();
  });

  it("accepts 0 to 10 trusted proxies and stops on anything else", () => {
    expect(parseTrustedHops(undefined)).toBe(0);
    expect(parseTrustedHops("")).toBe(0);
    expect(parseTrustedHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "un", "11"]) expect(() => parseTrustedHops(bad), bad).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("clientIp (what the app reads)", () => {
  it("is one shared unknown address when the entry's header is missing or not an address", () => {
    expect(clientIp(null)).toBe(UNKNOWN_ADDRESS);
    expect(clientIp("")).toBe(UNKNOWN_ADDRESS);
    expect(clientIp("<script>")).toBe(UNKNOWN_ADDRESS);
    expect(clientIp("203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp("203.0.113.256")).toBe(UNKNOWN_ADDRESS);
  });

  it("counts an IPv6 address as its /64 network, which one home or machine usually holds whole", () => {
    expect(clientIp("2001:db8:0:1::1")).toBe("2001:db8:0:1::/64");
    expect(clientIp("2001:db8:0:1:ffff:ffff:ffff:ffff")).toBe("2001:db8:0:1::/64");
    expect(clientIp("2001:0db8:0000:0001:0:0:0:2")).toBe("2001:db8:0:1::/64");
    expect(clientIp("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientIp("::1")).toBe("0:0:0:0::/64");
    expect(clientIp("2001:db8:0:2::1")).not.toBe(clientIp("2001:db8:0:1::1"));
    for (const bad of ["2001:db8:::1", "1:2:3:4:5:6:7:8:9", "2001:db8::g", "1::2::3"]) {
      expect(clientIp(bad), bad).toBe(UNKNOWN_ADDRESS);
    }
  });
});
