import { beforeEach, describe, expect, it } from "vitest";
import { EXPLORATION_KEEP_DAYS, SHARED_MEMBERS_MAX } from "@/domain/exploration";
import { normalizeShortCode } from "@/domain/short-code";
import { db } from "@/server/db";
import { closeSharedExploration } from "@/server/explorations/close-shared-exploration";
import { createSharedExploration } from "@/server/explorations/create-shared-exploration";
import { eraseExploration } from "@/server/explorations/erase-exploration";
import { getSharedExploration } from "@/server/explorations/get-shared-exploration";
import { keepSoloExploration } from "@/server/explorations/keep-solo-exploration";
import { openExploration } from "@/server/explorations/open-exploration";
import { purgeExpiredExplorations } from "@/server/explorations/purge-expired-explorations";
import { saveSharedAnswers } from "@/server/explorations/save-shared-answers";
import { updateSoloExploration } from "@/server/explorations/update-solo-exploration";
import { resetRateLimits } from "@/server/rate-limit";
import { clearDatabase } from "../../support/clear-database";
import { answers } from "../../support/factories";

const ip = "198.51.100.7";
const DAY = 24 * 60 * 60 * 1000;
const mine = answers([600, 300, 100], [200, 300, 500], {
  currentWhy: "L'équipe décide des activités.",
  currentExamples: "Le calendrier des sorties.",
  conditionsHinder: "Le manque de temps.",
});

beforeEach(async () => {
  await clearDatabase();
  await resetRateLimits();
});

/** The error an awaited call rejects with: its code and message key. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; messageKey: string }> {
  const error = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as { code: string; messageKey: string } | null;
  if (!error) throw new Error("the call was expected to be refused");
  return { code: error.code, messageKey: error.messageKey };
}

describe("an exploration alone, kept behind a personal return code", () => {
  it("gives back the answers with the code, for 30 days, and stores neither the code nor anything about the person", async () => {
    const now = new Date("2026-12-07T10:00:00Z");
    const kept = await keepSoloExploration({ answers: mine, ip }, now);
    expect(kept.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(kept.expiresAt.getTime() - now.getTime()).toBe(EXPLORATION_KEEP_DAYS * DAY);

    const rows = await db.exploration.findMany();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(normalizeShortCode(kept.code));

    const opened = await openExploration({ code: kept.code.toLowerCase(), ip }, new Date(now.getTime() + DAY));
    expect(opened).toEqual({ kind: "solo", answers: mine, expiresAt: kept.expiresAt });
  });

  it("keeps the new answers when saved again, without moving the date of deletion", async () => {
    const now = new Date("2026-12-07T10:00:00Z");
    const kept = await keepSoloExploration({ answers: mine, ip }, now);
    const changed = { ...mine, desiredWhy: "Que les membres choisissent." };
    const later = new Date(now.getTime() + 10 * DAY);
    const saved = await updateSoloExploration({ code: normalizeShortCode(kept.code), answers: changed, ip }, later);
    expect(saved.expiresAt).toEqual(kept.expiresAt);
    const opened = await openExploration({ code: normalizeShortCode(kept.code), ip }, later);
    expect(opened.kind === "solo" && opened.answers.desiredWhy).toBe("Que les membres choisissent.");
  });

  it("erases everything at once when the person asks: the code opens nothing any more", async () => {
    const kept = await keepSoloExploration({ answers: mine, ip });
    const code = normalizeShortCode(kept.code);
    expect(await eraseExploration({ code, ip })).toEqual({ erased: "exploration" });
    expect(await db.exploration.count()).toBe(0);
    expect(await db.explorationAnswer.count()).toBe(0);
    expect(await refusal(openExploration({ code, ip }))).toEqual({
      code: "VALIDATION",
      messageKey: "explorationCodeUnknown",
    });
  });

  it("refuses an expired code before the purge, and the purge deletes it", async () => {
    const now = new Date("2026-12-07T10:00:00Z");
    const kept = await keepSoloExploration({ answers: mine, ip }, now);
    const code = normalizeShortCode(kept.code);
    const after = new Date(kept.expiresAt.getTime() + 1000);
    expect((await refusal(openExploration({ code, ip }, after))).messageKey).toBe("explorationCodeUnknown");
    expect(await purgeExpiredExplorations(new Date(now.getTime() + DAY))).toEqual({ deleted: 0 });
    expect(await purgeExpiredExplorations(after)).toEqual({ deleted: 1 });
    expect(await db.explorationAnswer.count()).toBe(0);
  });

  it("stops guessing: after 10 wrong codes from one address, even the right code waits", async () => {
    const kept = await keepSoloExploration({ answers: mine, ip });
    for (let i = 0; i < 10; i++)
      expect((await refusal(openExploration({ code: "HJKMNPQR", ip }))).code).toBe("VALIDATION");
    expect((await refusal(openExploration({ code: normalizeShortCode(kept.code), ip }))).code).toBe("RATE_LIMITED");
    // Another address is not held back by this one's failures.
    expect((await openExploration({ code: normalizeShortCode(kept.code), ip: "198.51.100.8" })).kind).toBe("solo");
  });

  it("limits how many explorations one address creates in a day", async () => {
    for (let i = 0; i < 30; i++) await keepSoloExploration({ answers: mine, ip });
    expect((await refusal(keepSoloExploration({ answers: mine, ip }))).code).toBe("RATE_LIMITED");
    expect((await refusal(createSharedExploration({ ip }))).code).toBe("RATE_LIMITED");
  });
});

describe("an exploration with colleagues, behind a shared code", () => {
  const positions = [
    answers([600, 300, 100], [200, 300, 500], { currentWhy: "Texte de la première personne." }),
    answers([500, 400, 100], [300, 300, 400]),
    answers([700, 200, 100], [200, 200, 600]),
    answers([400, 400, 200], [100, 400, 500]),
  ];

  async function colleagues(n: number) {
    const created = await createSharedExploration({ ip });
    const code = normalizeShortCode(created.code);
    const keys = [created.memberKey];
    for (let i = 1; i < n; i++) {
      const joined = await openExploration({ code, ip });
      if (joined.kind !== "shared" || !joined.memberKey) throw new Error("not joined");
      keys.push(joined.memberKey);
    }
    return { code, keys };
  }

  it("shows no figure until the answering is closed with at least 4 confirmed answers (the ateliers' rule for members)", async () => {
    const { code, keys } = await colleagues(4);
    for (const [i, key] of keys.slice(0, 3).entries())
      await saveSharedAnswers({ code, memberKey: key, answers: positions[i]!, confirm: true, ip });
    await saveSharedAnswers({ code, memberKey: keys[3]!, answers: positions[3]!, confirm: false, ip });

    const three = await getSharedExploration({ code, ip });
    expect({ members: three.members, confirmed: three.confirmed, figures: three.figures }).toEqual({
      members: 4,
      confirmed: 3,
      figures: null,
    });
    await saveSharedAnswers({ code, memberKey: keys[3]!, answers: positions[3]!, confirm: true, ip });
    expect((await getSharedExploration({ code, ip })).figures, "4 confirmed, still open").toBeNull();

    await closeSharedExploration({ code, memberKey: keys[0]!, ip });
    const closed = await getSharedExploration({ code, ip });
    expect(closed.figures?.n).toBe(4);
    expect(closed.figures?.current?.expertise).toBeCloseTo(0.55, 6);
    // The shared view carries figures only: no colleague's words.
    expect(JSON.stringify(closed)).not.toContain("première personne");

    expect(
      (await refusal(saveSharedAnswers({ code, memberKey: keys[1]!, answers: positions[0]!, confirm: true, ip }))).code,
    ).toBe("INVALID_STATE");
  });

  it("shows no figure with 3 confirmed answers even once closed", async () => {
    const { code, keys } = await colleagues(3);
    for (const [i, key] of keys.entries())
      await saveSharedAnswers({ code, memberKey: key, answers: positions[i]!, confirm: true, ip });
    await closeSharedExploration({ code, memberKey: keys[2]!, ip });
    expect((await getSharedExploration({ code, ip })).figures).toBeNull();
  });

  it("withdraws the figures for good when a colleague erases their answers after the close", async () => {
    const { code, keys } = await colleagues(5);
    for (const [i, key] of keys.entries())
      await saveSharedAnswers({ code, memberKey: key, answers: positions[i % 4]!, confirm: true, ip });
    await closeSharedExploration({ code, memberKey: keys[0]!, ip });
    expect((await getSharedExploration({ code, ip })).figures?.n).toBe(5);

    expect(await eraseExploration({ code, memberKey: keys[4]!, ip })).toEqual({ erased: "answers" });
    const after = await getSharedExploration({ code, ip });
    expect({ confirmed: after.confirmed, withdrawn: after.figuresWithdrawn, figures: after.figures }).toEqual({
      confirmed: 4,
      withdrawn: true,
      figures: null,
    });
  });

  it("gives each device only its own answers, and refuses another exploration's device key", async () => {
    const a = await colleagues(2);
    const b = await colleagues(1);
    await saveSharedAnswers({ code: a.code, memberKey: a.keys[1]!, answers: positions[1]!, confirm: false, ip });
    const view = await getSharedExploration({ code: a.code, memberKey: a.keys[0]!, ip });
    expect(view.mine?.answers.current).toBeNull();
    const refused = await refusal(
      saveSharedAnswers({ code: a.code, memberKey: b.keys[0]!, answers: positions[0]!, confirm: true, ip }),
    );
    expect(refused.code).toBe("NOT_FOUND");
    expect(await refusal(getSharedExploration({ code: b.code, memberKey: a.keys[0]!, ip }))).toEqual({
      code: "NOT_FOUND",
      messageKey: "explorationMemberUnknown",
    });
  });

  it("opens to at most 12 devices", async () => {
    const { code } = await colleagues(SHARED_MEMBERS_MAX);
    expect((await refusal(openExploration({ code, ip }))).messageKey).toBe("explorationFull");
  });

  it("does not open a solo code as a shared one, nor erase a shared exploration without a device key", async () => {
    const kept = await keepSoloExploration({ answers: mine, ip });
    const { code } = await colleagues(1);
    expect((await refusal(getSharedExploration({ code: normalizeShortCode(kept.code), ip }))).messageKey).toBe(
      "explorationCodeUnknown",
    );
    expect((await refusal(eraseExploration({ code, ip }))).messageKey).toBe("explorationCodeUnknown");
    expect(await db.exploration.count()).toBe(2);
  });
});
