/**
 * `npm run db:seed`: loads the demo démarche into an empty local database.
 * Run by `npm start` on first start; refuses over real data.
 * (Run with scripts/lib/server-only-register.mjs so server-only modules load.)
 */
import { formatShortCode } from "@/domain/short-code";
import { DEMO } from "@/server/demo/demo-facts";
import { seedDemo } from "@/server/demo/seed-demo";
import { db } from "@/server/db";

const quiet = process.argv.includes("--quiet");
const outcome = await seedDemo();
const messages = {
  seeded: `Demo loaded: sign in as ${DEMO.facilitator.email} / ${DEMO.facilitator.password}; participant codes ${Object.values(DEMO.codes).map(formatShortCode).join(", ")}; English démarche ${Object.values(DEMO.english.codes).map(formatShortCode).join(", ")}.`,
  "not-empty": "The database already holds data: the demo is loaded only into an empty database.",
  "not-local":
    "BASE_URL is not a local address: the demo (with its published password) is never loaded on a reachable instance.",
  disabled: "DEMO=off: no demo data.",
} as const;
if (!quiet || outcome === "seeded") console.log(messages[outcome]);
await db.$disconnect();
