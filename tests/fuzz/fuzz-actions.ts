import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { actionDefinition } from "@/server/actions/define-action";
import { resetRateLimits } from "@/server/rate-limit";
import { actAs } from "../support/acting-as";
import { discoverActions } from "../support/app-endpoints";
import { callAction } from "../support/call-endpoint";
import { clearDatabase } from "../support/clear-database";
import { dbFingerprint } from "../support/db-fingerprint";
import { ACTIONS } from "../support/security-entries";
import { makeSecurityFixture, type SecurityFixture } from "../support/security-fixture";
import { arbitraryInput, mutatedInput } from "./inputs";

/** Generated inputs per action; FUZZ_RUNS raises it, FUZZ_SEED replays a failure. */
export const RUNS = Math.max(1_000, Number(process.env.FUZZ_RUNS ?? 1_000));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** A stack frame or an error class name must never reach the person. */
const LEAK = /(^|\n)\s*at\s|\bError:|\.(ts|js|mjs):\d+/;

/**
 * Sends RUNS generated inputs to each schema-checked server action, as a
 * caller allowed to call it: a quarter arbitrary values, the rest a valid
 * input with one to three things wrong. Each answer must be a success or an
 * error as data with a code other than INTERNAL, with no stack in any
 * message, and a refused input must leave the database exactly as it was.
 * The actions are split into `shards` files so the two cores share them.
 */
export async function describeFuzzShard(shard: number, shards: number) {
  const all = (await discoverActions()).filter((a) => actionDefinition(a.fn));
  const mine = all.filter((_a, i) => i % shards === shard);
  const counts: string[] = [];

  afterAll(() => {
    console.log(`Fuzzing shard ${shard + 1}/${shards}:\n${counts.join("\n")}`);
  });

  it("fuzzes every schema-checked action that has a matrix entry", () => {
    const missing = mine.filter((a) => !ACTIONS[a.file]?.[a.name]?.input).map((a) => `${a.file} ${a.name}`);
    expect(missing).toEqual([]);
  });

  describe.each(mine.map((a) => [`${a.file} ${a.name}`, a] as const))("%s", (_id, action) => {
    it(`answers ${RUNS} generated inputs without an internal error, a leak or a partial write`, async () => {
      const entry = ACTIONS[action.file]![action.name]!;
      await clearDatabase();
      const f: SecurityFixture = await makeSecurityFixture(entry.phase);
      await entry.prepare?.(f);
      const caller = f.callers[entry.fuzzAs ?? entry.allowed[0] ?? "anonymous"];
      const valid = entry.input!(f, caller) as Record<string, unknown>;
      const ids = [
        f.demarcheId,
        f.otherDemarcheId,
        ...Object.values(f.groupIds),
        f.meetingId,
        f.engagementText.id,
        f.reportLinkId,
        ...f.participantIds,
        ...Object.values(f.workshop?.conditionIds ?? {}),
        ...Object.values(f.workshop?.pisteIds ?? {}),
        ...f.plenaryPisteIds,
        ...f.otherIds,
      ];
      const tally = { accepted: 0, refused: 0 };
      let baseline = await dbFingerprint();

      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 1, arbitrary: arbitraryInput }, { weight: 3, arbitrary: mutatedInput(valid, ids) }),
          async (input) => {
            // Every input reaches the action's own checks, not a spent rate limit.
            await resetRateLimits();
            actAs(caller.viewer);
            const outcome = await callAction(action.fn, input);
            expect(outcome.kind, outcome.detail).not.toBe("failure");
            if (outcome.kind === "refused") {
              for (const message of outcome.messages) expect(message).not.toMatch(LEAK);
              expect(await dbFingerprint(), `refused (${outcome.detail}) but the database changed`).toBe(baseline);
              tally.refused++;
            } else {
              baseline = await dbFingerprint();
              tally.accepted++;
            }
          },
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: false },
      );
      counts.push(`  ${action.name}: ${RUNS} inputs, ${tally.refused} refused, ${tally.accepted} accepted`);
    });
  });
}
