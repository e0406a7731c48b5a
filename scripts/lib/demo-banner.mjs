// Kept in step with src/server/demo/demo-facts.ts (a unit test compares them).
export const DEMO_EMAIL = "demo@regards-croises.local";
export const DEMO_PASSWORD = "demo-regards-croises";
export const DEMO_CODES = ["NTRV-2345", "DEST-2345", "ADMN-2345"];

export function DEMO_BANNER(env) {
  if ((env.DEMO ?? "on").toLowerCase() === "off") return "Demo disabled (DEMO=off).";
  return [
    `Demo facilitator: ${DEMO_EMAIL} / ${DEMO_PASSWORD} (local instance only)`,
    `Demo participant codes: ${DEMO_CODES.join(", ")} (intervenant.e.s, destinataires, administrateur.trice.s)`,
  ].join("\n");
}
