// Kept in step with src/server/demo/demo-facts.ts (a unit test compares them).
export const DEMO_EMAIL = "demo@regards-croises.local";
export const DEMO_PASSWORD = "demo-regards-croises";
export const DEMO_CODES = ["NTRV-2345", "DEST-2345", "ADMN-2345"];
// The English demo démarche's codes (decision 024).
export const DEMO_ENGLISH_CODES = ["STAF-2345", "MMBR-2345", "BRDM-2345"];

// Kept in step with src/lib/instance.ts (isLocalInstance): the demo loads only there.
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function baseUrl(env) {
  const port = env.PORT && /^\d+$/.test(env.PORT) ? env.PORT : "3000";
  return new URL(env.BASE_URL && env.BASE_URL.trim() !== "" ? env.BASE_URL : `http://localhost:${port}`);
}

/**
 * What `npm start` prints under the address. The demo's credentials only
 * where the demo can be loaded (a local instance with DEMO on); anywhere
 * else, how to create the instance's first account (decision 020).
 */
export function DEMO_BANNER(env) {
  const base = baseUrl(env);
  const firstAccount = `First start: create the first account (the instance's administrateur.trice) at ${new URL("/premier-compte", base)}; then invite colleagues from ${new URL("/equipe", base)}.`;
  if (!LOOPBACK_HOSTS.has(base.hostname)) {
    return [`No demo on a hosted instance (BASE_URL is not this machine).`, firstAccount].join("\n");
  }
  if ((env.DEMO ?? "on").toLowerCase() === "off") return [`Demo disabled (DEMO=off).`, firstAccount].join("\n");
  return [
    `Demo facilitator: ${DEMO_EMAIL} / ${DEMO_PASSWORD} (local instance only)`,
    `Demo participant codes: ${DEMO_CODES.join(", ")} (intervenant.e.s, destinataires, administrateur.trice.s)`,
    `English demo démarche (Riverside Community House): ${DEMO_ENGLISH_CODES.join(", ")} (staff, destinataires, board)`,
  ].join("\n");
}
