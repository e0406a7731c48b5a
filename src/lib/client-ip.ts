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
 * The address in the entry's header, or UNKNOWN_ADDRESS when the header is
 * missing (the app was started without the entry, e.g. `next start`) or is
 * not an address: such requests share one budget rather than each getting
 * its own.
 */
export function clientIp(header: string | null): string {
  const value = header?.trim().toLowerCase() ?? "";
  if (value === UNKNOWN_ADDRESS) return UNKNOWN_ADDRESS;
  // IPv4 or IPv6 as the entry writes them (normalised there): digits, hex, dots and colons.
  return value.length > 0 && value.length <= 45 && /^[0-9a-f.:]+$/.test(value) && /[.:]/.test(value)
    ? value
    : UNKNOWN_ADDRESS;
}
