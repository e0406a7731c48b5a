/**
 * Kept for security-fixture.ts (another branch edits it): the walk now lives
 * in fixtures/phases.ts; import it from tests/support/factories.ts.
 */
export { type DemarcheToWalk, walkDemarche, type WalkedDemarche } from "./fixtures/phases";
