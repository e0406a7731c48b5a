/**
 * The one entry point for building what an integration test needs (also used
 * by bench/ and the end-to-end seed). Everything goes through the real server
 * functions, as people would, except where a file says otherwise and why:
 *
 * - fixtures/people.ts: facilitators and participants, signed in;
 * - fixtures/demarches.ts: a démarche with its groups and invitations, the
 *   set-up fixture;
 * - fixtures/answers.ts: positions as per-mille triples;
 * - fixtures/phases.ts: moving between phases (`walkDemarche`, `advanceTo`,
 *   and the one shortcut `setPhase`);
 * - fixtures/workshop.ts: a démarche in its ateliers, a group's finished
 *   workshop, a démarche at the mise en commun, and its « Nouveau cycle ».
 *
 * The security matrix's fixture (security-fixture.ts) is built from these.
 */
export { type Triple, answers } from "./fixtures/answers";
export { makeDemarche, makeSetupFixture, type SetupRows } from "./fixtures/demarches";
export { makeInterDemarche } from "./fixtures/inter";
export {
  admitAsFacilitator,
  currentEngagementTextId,
  joinAs,
  joinGroup,
  makeFacilitator,
  makeFacilitatorViewer,
  PASSWORD,
  signInFacilitator,
  signInParticipant,
} from "./fixtures/people";
export { advanceTo, type DemarcheToWalk, setPhase, walkDemarche, type WalkedDemarche } from "./fixtures/phases";
export {
  type GroupWork,
  makeNextCycle,
  makePlenaryDemarche,
  makeWorkshop,
  type PersonWork,
  PLENARY_WORK,
  recordGroupWork,
} from "./fixtures/workshop";
