import "../../support/mock-next";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { enterCodeAction } from "@/app/(site)/actions";
import { signInFacilitatorAction } from "@/app/(site)/connexion/actions";
import { renameMeAction } from "@/app/(site)/mes-donnees/actions";
import { formatShortCode } from "@/domain/short-code";
import { db } from "@/server/db";
import { resetRateLimits } from "@/server/rate-limit";
import { actAs } from "../../support/acting-as";
import { callAction } from "../../support/call-endpoint";
import { makeSecurityFixture } from "../../support/security-fixture";

/**
 * What the server writes to its log (src/server/log.ts, with its real
 * redaction settings) while people fail to sign in, type codes and meet an
 * internal error: events worth watching are there, secrets are not.
 */
const captured = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock("pino", async (importOriginal) => {
  const actual = (await importOriginal<{ default: typeof import("pino").default }>()).default;
  // The app's own options (redaction included), at the most talkative level, into memory.
  const pino = (options: Record<string, unknown>) =>
    actual({ ...options, level: "trace" }, { write: (line: string) => captured.lines.push(line) });
  return { default: Object.assign(pino, actual) };
});

beforeEach(async () => {
  captured.lines = [];
  await resetRateLimits();
});

describe("logs", () => {
  it("record failures and internal errors without a password, code, token or session id", async () => {
    const f = await makeSecurityFixture();
    const owner = f.callers.facilitator;
    const participant = f.callers["participant-destinataires"];
    const invitation = f.callers["invitation-holder"].credentials.invitation!;
    const returnCode = participant.credentials.returnCode!;
    const wrongPassword = "mauvais-mot-de-passe-tres-reconnaissable";

    actAs(f.callers.anonymous.viewer, "203.0.113.50");
    // Failed sign-ins, up to the pause.
    for (let i = 0; i < 11; i++) {
      await callAction(signInFacilitatorAction as never, {
        email: owner.credentials.login!.email,
        password: wrongPassword,
      });
    }
    // A successful one: the password must not be logged either.
    await callAction(signInFacilitatorAction as never, owner.credentials.login);
    // Codes: unknown, revoked, a group's, a personal return code.
    await callAction(enterCodeAction as never, { code: "ZZZZ-ZZZZ" });
    await callAction(enterCodeAction as never, { code: f.callers["revoked-invitation"].credentials.invitation!.code });
    await callAction(enterCodeAction as never, { code: invitation.code });
    await callAction(enterCodeAction as never, { code: returnCode });

    // An unexpected error inside an action called by a signed-in participant.
    actAs(participant.viewer, "203.0.113.51");
    const transaction = vi.spyOn(db, "$transaction").mockRejectedValueOnce(new Error("disk I/O error"));
    const failed = await callAction(renameMeAction as never, { displayName: "Nom secret" });
    transaction.mockRestore();
    expect(failed).toMatchObject({ kind: "failure" });

    const log = captured.lines.join("");
    // The events are there: failed sign-ins, failed codes, the pause, the internal error with its reference.
    expect(log).toContain('"event":"sign-in.failed"');
    expect(log).toContain('"event":"code.failed"');
    expect(log).toContain('"event":"rate-limited"');
    expect(log).toContain("server action failed");
    expect(log).toContain("disk I/O error");

    const secrets = {
      password: wrongPassword,
      "right password": owner.credentials.login!.password,
      "invitation code": invitation.code,
      "invitation code, as typed": formatShortCode(invitation.code),
      "invitation token": invitation.token,
      "return code": returnCode,
      "return code, as typed": formatShortCode(returnCode),
      "participant's session id": participant.viewer.kind === "participant" ? participant.viewer.sessionId : "?",
      "facilitator's session id": owner.viewer.kind === "facilitator" ? owner.viewer.sessionId : "?",
      AUTH_SECRET: process.env.AUTH_SECRET!,
    };
    for (const [what, secret] of Object.entries(secrets)) {
      expect(log.includes(secret), `the log contains the ${what}`).toBe(false);
    }
  });
});
