/**
 * The client address as seen by the nearest trusted hop. Next.js appends the
 * socket address to X-Forwarded-For; a client can prepend anything it likes,
 * so the address is read from the end. TRUSTED_PROXY_HOPS counts the reverse
 * proxies in front of the app (0 when it is reached directly).
 */
export function clientIp(forwardedFor: string | null, trustedHops: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? "unknown";
}
