/**
 * Seed of the "plenary" end-to-end project: a démarche at the mise en commun
 * whose three groups of three have submitted, agreed and released their
 * results (one convergence and divergences between them), plus a closed
 * earlier cycle to compare with. Until the workshop and phase issues are
 * merged, the end-to-end journey starts here instead of from an empty
 * database. Run with scripts/lib/server-only-register.mjs, on a test database.
 */
import { hashPassword } from "@/server/auth/passwords";
import { db } from "@/server/db";
import { seedPreviousCycle } from "@/server/demo/seed-previous-cycle";
import { makePlenaryDemarche, signInFacilitator } from "../tests/support/factories";
import { PLENARY_E2E } from "../tests/e2e/support/plenary-facts";

if (!(process.env.DATABASE_URL ?? "").includes("/.tmp/")) {
  console.error("Refusing to seed end-to-end data outside .tmp/");
  process.exit(2);
}
const facilitator = await db.facilitator.create({
  data: {
    name: PLENARY_E2E.facilitator.name,
    email: PLENARY_E2E.facilitator.email,
    passwordHash: await hashPassword(PLENARY_E2E.facilitator.password),
  },
});
const viewer = await signInFacilitator(facilitator.id);
const demarche = await makePlenaryDemarche(viewer, { name: PLENARY_E2E.demarche, returnCodes: PLENARY_E2E.codes });
await seedPreviousCycle(viewer, demarche.demarcheId);
console.log(`Plenary e2e démarche ${demarche.demarcheId}`);
await db.$disconnect();
