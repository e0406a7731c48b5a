/**
 * Where this instance is reachable. Invitation links and QR codes use it, and
 * the demo accounts (whose password is published) work only when it points at
 * this machine.
 */
export function baseUrl(env: NodeJS.ProcessEnv = process.env): URL {
  const port = env.PORT && /^\d+$/.test(env.PORT) ? env.PORT : "3000";
  return new URL(env.BASE_URL && env.BASE_URL.trim() !== "" ? env.BASE_URL : `http://localhost:${port}`);
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLocalInstance(env: NodeJS.ProcessEnv = process.env): boolean {
  return LOOPBACK_HOSTS.has(baseUrl(env).hostname);
}

export function isHttps(env: NodeJS.ProcessEnv = process.env): boolean {
  return baseUrl(env).protocol === "https:";
}
