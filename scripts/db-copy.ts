/**
 * `npm run db:copy -- --from <DATABASE_URL> --to <DATABASE_URL>`: copies a
 * whole instance, e.g. the embedded SQLite file to a new PostgreSQL database:
 *   npm run db:copy -- --from file:./data/regards-croises.db --to postgresql://user:pass@host:5432/regards
 * The target is migrated first and must hold no data; the copy runs in one
 * transaction, so it lands whole or not at all. The source is only read.
 * (Run with scripts/lib/server-only-register.mjs so server-only modules load.)
 */
import { parseArgs } from "node:util";
import { CopyRefused, copyDatabase } from "./lib/copy-database";

const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
if (!values.from || !values.to) {
  console.error("Usage: npm run db:copy -- --from <source DATABASE_URL> --to <target DATABASE_URL>");
  process.exit(2);
}
try {
  await copyDatabase({ from: values.from, to: values.to, log: (m) => console.log(m) });
} catch (error) {
  console.error(error instanceof CopyRefused ? `Refused: ${error.message}` : error);
  process.exit(1);
}
