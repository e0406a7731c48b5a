// The client address, decided where Next.js cannot: in front of its request
// handler, with the socket in hand (scripts/server.mjs; decision 012).
// Next.js 16 only sets X-Forwarded-For when the request has none, so any
// address a client writes in a header reaches the app as if it were true.
// Here the address comes from the socket, or, behind TRUSTED_PROXY_HOPS
// reverse proxies, from X-Forwarded-For as those proxies wrote it; it is
// passed on in a header of our own, whose client-sent copies are dropped.
import net from "node:net";

/** The header the app reads the client address from (src/lib/client-ip.ts). */
export const CLIENT_ADDRESS_HEADER = "x-rc-client-address";

/** What the address is when none can be trusted: one shared budget for all such requests. */
export const UNKNOWN_ADDRESS = "unknown";

/** The most proxies the setting accepts: more is a typo, and a wrong count trusts forged entries. */
const MAX_HOPS = 10;

/** TRUSTED_PROXY_HOPS as a number: unset or empty is 0; anything but 0–10 stops the server. */
export function parseTrustedHops(value) {
  if (value === undefined || value.trim() === "") return 0;
  if (!/^\d+$/.test(value.trim()) || Number(value) > MAX_HOPS) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_HOPS}, not "${value}"`);
  }
  return Number(value);
}

/**
 * An IP address in one spelling (IPv4-mapped IPv6 as IPv4, lower case, no
 * brackets or port), or null when `value` is not an address.
 */
export function normaliseAddress(value) {
  if (typeof value !== "string") return null;
  let v = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
  if (bracketed) v = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
  v = v.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(v);
  if (mapped) v = mapped[1];
  return net.isIP(v) === 0 ? null : v;
}

/**
 * The client's address. With no trusted proxy, the socket's peer, whatever
 * the headers say. Behind `trustedHops` proxies, each appending the address
 * it received the request from, the `trustedHops`-th entry of
 * X-Forwarded-For from the right (what the outermost proxy saw); entries to
 * its left were written by the client and are ignored. A chain shorter than
 * that did not come through the proxies: the socket's peer then.
 */
export function clientAddress({ socketAddress, forwardedFor, trustedHops }) {
  const socket = normaliseAddress(socketAddress) ?? UNKNOWN_ADDRESS;
  if (trustedHops <= 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = header
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length < trustedHops) return socket;
  return normaliseAddress(chain[chain.length - trustedHops]) ?? UNKNOWN_ADDRESS;
}

/**
 * Wraps a node:http request handler: drops every client-sent copy of the
 * client-address header, then sets it from the socket (and trusted proxies).
 */
export function withClientAddress(handler, { trustedHops }) {
  return (req, res) => {
    delete req.headers[CLIENT_ADDRESS_HEADER];
    // The raw list too, for any reader that rebuilds headers from it.
    const raw = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      if (req.rawHeaders[i].toLowerCase() !== CLIENT_ADDRESS_HEADER) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
    }
    const address = clientAddress({
      socketAddress: req.socket.remoteAddress,
      forwardedFor: req.headers["x-forwarded-for"],
      trustedHops,
    });
    req.headers[CLIENT_ADDRESS_HEADER] = address;
    raw.push(CLIENT_ADDRESS_HEADER, address);
    req.rawHeaders.splice(0, req.rawHeaders.length, ...raw);
    return handler(req, res);
  };
}
