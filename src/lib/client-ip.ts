/**
 * The client address, as the app's server entry (scripts/server.mjs) wrote
 * it in a header of its own: from the socket, or from X-Forwarded-For as
 * TRUSTED_PROXY_HOPS trusted proxies wrote it. The entry drops any copy the
 * client sent, so this header is the only one the app may believe (decision
 * 012); X-Forwarded-For as Next.js passes it is whatever the client wrote.
 */
export const CLIENT_ADDRESS_HEADER = "x-rc-client-address";

/** The one budget shared by every request whose address is not known. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The address the failure budgets count, from the entry's header: an IPv4
 * address as is; an IPv6 address as its /64 network ("2001:db8:0:1::/64"),
 * since one machine or home usually holds a whole /64 and could otherwise
 * draw a new budget from it with every request. UNKNOWN_ADDRESS when the
 * header is missing (the app was started without the entry, e.g. `next
 * start`) or is not an address: such requests share one budget rather than
 * each getting its own.
 */
export function clientIp(header: string | null): string {
  const value = header?.trim().toLowerCase() ?? "";
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value) && value.split(".").every((n) => Number(n) <= 255)) return value;
  if (value.includes(":") && value.length <= 45) return ipv6Network64(value) ?? UNKNOWN_ADDRESS;
  return UNKNOWN_ADDRESS;
}

/** The /64 network of an IPv6 address, in short form, or null when it is not one. */
function ipv6Network64(address: string): string | null {
  let a = address;
  // An IPv4 tail ("::ffff:192.0.2.1" style) stands for the last two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(a);
  if (v4) {
    const [b0, b1, b2, b3] = v4.slice(1).map(Number) as [number, number, number, number];
    if ([b0, b1, b2, b3].some((n) => n > 255)) return null;
    a = `${a.slice(0, v4.index)}${((b0 << 8) | b1).toString(16)}:${((b2 << 8) | b3).toString(16)}`;
  }
  const halves = a.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
