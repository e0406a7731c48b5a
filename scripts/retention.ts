/**
 * `npm run retention`: destroys identifying data of démarches closed for
 * longer than their retention period (the server also does it daily).
 */
import { db } from "@/server/db";
import { applyRetention } from "@/server/privacy/apply-retention";

const { demarcheIds } = await applyRetention();
console.log(demarcheIds.length ? `Anonymised ${demarcheIds.length} démarche(s): ${demarcheIds.join(", ")}` : "Nothing to anonymise.");
await db.$disconnect();
