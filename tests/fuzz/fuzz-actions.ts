import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { actionDefinition } from "@/server/actions/define-action";
import { resetRateLimits } from "@/server/rate-limit";
import { actAs } from "../support/acting-as";
import { discoverActions } from "../support/app-endpoints";
import { callAction } from "../support/call-endpoint";
import { clearDatabase } from "../support/clear-database";
import { dbChangeMarker, nothingWrittenSince, snapshotDb } from "../support/db-fingerprint";
import { ACTIONS } from "../support/security-entries";
import { makeSecurityFixture, type SecurityFixture } from "../support/security-fixture";
import { inputFamilies, runsPerFamily } from "./inputs";

/**
 * Generated inputs per action: 1,000 in `npm run test:fuzz`; `npm test` sets
 * FUZZ_RUNS to a smaller sample and FUZZ_SEED to the day's seed
 * (scripts/lib/fuzz-sample.mjs). The same FUZZ_RUNS and FUZZ_SEED replay the
 * same inputs.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`FUZZ_RUNS must be a positive integer, not ${process.env.FUZZ_RUNS}`);

/** A stack frame or an error class name must never reach the person. */
const LEAK = /(^|\n)\s*at\s|\bError:|\.(ts|js|mjs):\d+/;

/**
 * Sends RUNS generated inputs to each schema-checked server action, as a
 * caller allowed to call it, from every family of tests/fuzz/inputs.ts: a
 * quarter arbitrary values, the rest a valid input with one to three things
 * wrong. Each answer must be a success or an
 * error as data with a code other than INTERNAL, with no stack in any
 * message, and a refused input must leave the database exactly as it was.
 * The actions are split into `shards` files so the two cores share them,
 * balanced by their measured cost (FUZZ_COST).
 */
export async function describeFuzzShard(shard: number, shards: number) {
  const all = (await discoverActions()).filter((a) => actionDefinition(a.fn));
  const mine = all.filter((a) => shardOf(all, shards).get(a) === shard);
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
      // The change marker tells at once that a refused input wrote nothing;
      // the rows are compared only when it moved (tests/support/db-fingerprint.ts).
      let baseline = await snapshotDb();

      const check = async (input: unknown) => {
        // Every input reaches the action's own checks, not a spent rate limit.
        // Emptying the budgets writes only RateLimitBucket, which the rows
        // compared leave out: the marker is taken again after it.
        await resetRateLimits();
        baseline = { ...baseline, marker: await dbChangeMarker() };
        actAs(caller.viewer);
        const outcome = await callAction(action.fn, input);
        expect(outcome.kind, outcome.detail).not.toBe("failure");
        if (outcome.kind === "refused") {
          for (const message of outcome.messages) expect(message).not.toMatch(LEAK);
          expect(await nothingWrittenSince(baseline), `refused (${outcome.detail}) but the database changed`).toBe(
            true,
          );
          tally.refused++;
        } else {
          baseline = await snapshotDb();
          tally.accepted++;
        }
      };

      // Each family of inputs gets its share of RUNS (at least one input), from its own seed.
      const families = inputFamilies(valid, ids);
      const perFamily = runsPerFamily(families, RUNS);
      for (const [i, family] of families.entries()) {
        try {
          await fc.assert(fc.asyncProperty(family.arbitrary, check), {
            numRuns: perFamily[i],
            seed: SEED === undefined ? undefined : SEED + i,
            endOnFailure: false,
          });
        } catch (error) {
          throw new Error(
            `${action.file} ${action.name}, inputs "${family.name}" (FUZZ_RUNS=${RUNS}` +
              `${SEED === undefined ? "" : ` FUZZ_SEED=${SEED}`}):\n${(error as Error).message}`,
            { cause: error },
          );
        }
      }
      counts.push(
        `  ${action.name}: ${tally.refused + tally.accepted} inputs, ${tally.refused} refused, ${tally.accepted} accepted`,
      );
    });
  });
}

/**
 * Seconds each action's fuzzing took (140 inputs, SQLite, one run on a busy
 * machine, `npx vitest run --project fuzz --reporter=json`): relative weights
 * for splitting the actions between the shard files. An action missing here
 * counts as the median; re-measure when the split drifts (each shard file
 * prints its actions, and Vitest the time of each file).
 */
const FUZZ_COST: Record<string, number> = {
  "(site)/actions.ts enterCodeAction": 15,
  "(site)/actions.ts setLocaleAction": 8,
  "(site)/atelier/positionnement/actions.ts saveMyPositionDraftAction": 27,
  "(site)/atelier/positionnement/actions.ts submitMyPositionAction": 29,
  "(site)/compte/actions.ts changePasswordAction": 24,
  "(site)/compte/actions.ts signOutEverywhereAction": 10,
  "(site)/connexion/actions.ts signInFacilitatorAction": 24,
  "(site)/demarches/[demarcheId]/actions.ts advancePhaseAction": 9,
  // Not measured yet: a boolean and an id, like stepBackPhaseAction.
  "(site)/demarches/[demarcheId]/actions.ts setDemarcheArchivedAction": 10,
  "(site)/demarches/[demarcheId]/actions.ts overridePhaseAction": 11,
  "(site)/demarches/[demarcheId]/actions.ts stepBackPhaseAction": 10,
  "(site)/demarches/[demarcheId]/ateliers/actions.ts closeWorkshopAction": 12,
  "(site)/demarches/[demarcheId]/ateliers/actions.ts deleteConditionAction": 9,
  "(site)/demarches/[demarcheId]/ateliers/actions.ts deletePisteAction": 9,
  "(site)/demarches/[demarcheId]/ateliers/actions.ts releaseResultsAction": 13,
  "(site)/demarches/[demarcheId]/ateliers/actions.ts reopenWorkshopAction": 9,
  "(site)/demarches/[demarcheId]/ateliers/actions.ts saveAgreementAction": 19,
  "(site)/demarches/[demarcheId]/ateliers/actions.ts saveConditionAction": 22,
  "(site)/demarches/[demarcheId]/ateliers/actions.ts savePisteAction": 17,
  "(site)/demarches/[demarcheId]/ateliers/actions.ts savePositionOnBehalfAction": 18,
  "(site)/demarches/[demarcheId]/ateliers/actions.ts submitPositionOnBehalfAction": 20,
  "(site)/demarches/[demarcheId]/ateliers/actions.ts undoReleaseAction": 11,
  "(site)/demarches/[demarcheId]/calendrier/actions.ts addMeetingAction": 13,
  "(site)/demarches/[demarcheId]/calendrier/actions.ts moveMeetingAction": 8,
  "(site)/demarches/[demarcheId]/calendrier/actions.ts removeMeetingAction": 10,
  "(site)/demarches/[demarcheId]/calendrier/actions.ts saveMeetingRecordAction": 21,
  "(site)/demarches/[demarcheId]/calendrier/actions.ts updateMeetingAction": 18,
  "(site)/demarches/[demarcheId]/conditions/actions.ts publishEngagementTextAction": 11,
  // Not measured yet: saveAgreementAction's weight, the closest action.
  "(site)/demarches/[demarcheId]/inter/actions.ts saveInterAgreementAction": 19,
  "(site)/demarches/[demarcheId]/groupes/actions.ts addGroupAction": 26,
  "(site)/demarches/[demarcheId]/groupes/actions.ts addParticipantByHandAction": 19,
  "(site)/demarches/[demarcheId]/groupes/actions.ts removeGroupAction": 9,
  "(site)/demarches/[demarcheId]/groupes/actions.ts renewInvitationAction": 13,
  "(site)/demarches/[demarcheId]/groupes/actions.ts revokeInvitationAction": 10,
  "(site)/demarches/[demarcheId]/groupes/actions.ts updateGroupAction": 18,
  "(site)/demarches/[demarcheId]/mise-en-commun/actions.ts deletePlenaryPisteAction": 13,
  "(site)/demarches/[demarcheId]/mise-en-commun/actions.ts savePlenaryPisteAction": 27,
  "(site)/demarches/[demarcheId]/parametres/actions.ts updateDemarcheSettingsAction": 25,
  "(site)/demarches/[demarcheId]/rapport/actions.ts createReportLinkAction": 31,
  "(site)/demarches/[demarcheId]/rapport/actions.ts revokeReportLinkAction": 24,
  "(site)/demarches/[demarcheId]/rapport/reponses/actions.ts publishCaReportAction": 24,
  "(site)/demarches/[demarcheId]/rapport/reponses/actions.ts recordCaAnswerAction": 39,
  "(site)/demarches/[demarcheId]/rapport/reponses/actions.ts saveCaSummaryAction": 40,
  "(site)/demarches/[demarcheId]/rapport/reponses/actions.ts saveReactionForGroupAction": 34,
  "(site)/demarches/nouvelle/actions.ts createDemarcheAction": 39,
  // Not measured yet (the fuzz project was not run on this branch): createDemarcheAction's weight.
  "(site)/demarches/nouvelle/actions.ts createInterDemarcheAction": 39,
  "(site)/equipe/actions.ts handOverAdministrationAction": 12,
  "(site)/equipe/actions.ts inviteColleagueAction": 15,
  "(site)/equipe/actions.ts issuePasswordResetAction": 15,
  "(site)/equipe/actions.ts revokeAccountLinkAction": 12,
  "(site)/equipe/actions.ts setAccountDisabledAction": 12,
  "(site)/inscription/[token]/actions.ts acceptAccountInvitationAction": 24,
  "(site)/mes-donnees/actions.ts renameMeAction": 21,
  "(site)/mes-donnees/actions.ts withdrawMeAction": 15,
  "(site)/nouveau-mot-de-passe/[token]/actions.ts resetPasswordAction": 24,
  "(site)/premier-compte/actions.ts createFirstFacilitatorAction": 15,
  "(site)/rapport/actions.ts boardAnswerAction": 22,
  "(site)/rapport/actions.ts boardPublishAction": 20,
  "(site)/rapport/actions.ts boardSummaryAction": 31,
  "(site)/registre-incidents/actions.ts recordIncidentAction": 16,
  "(site)/rejoindre/[token]/actions.ts joinDemarcheAction": 14,
  "(site)/suivi/actions.ts saveOwnReactionAction": 33,
};

/**
 * Which shard each action goes to: the costliest first, each to the shard
 * with the least work so far (longest processing time first), so the shard
 * files end at about the same time whatever the order of discovery.
 */
function shardOf<A extends { file: string; name: string }>(actions: A[], shards: number): Map<A, number> {
  const known = Object.values(FUZZ_COST).sort((a, b) => a - b);
  const median = known.length > 0 ? known[Math.floor(known.length / 2)]! : 1;
  const cost = (a: A) => FUZZ_COST[`${a.file} ${a.name}`] ?? median;
  const load = Array.from({ length: shards }, () => 0);
  const assigned = new Map<A, number>();
  const byCost = [...actions].sort(
    (a, b) => cost(b) - cost(a) || `${a.file} ${a.name}`.localeCompare(`${b.file} ${b.name}`),
  );
  for (const action of byCost) {
    const lightest = load.indexOf(Math.min(...load));
    assigned.set(action, lightest);
    load[lightest]! += cost(action);
  }
  return assigned;
}
