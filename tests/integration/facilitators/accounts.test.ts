import { beforeEach, describe, expect, it } from "vitest";
import { redeemLoginTicket } from "@/server/auth/login-tickets";
import { viewerFromSessionId } from "@/server/auth/viewer";
import { createSessionRecord } from "@/server/auth/session-records";
import { db } from "@/server/db";
import { assertAnAdministratorRemains } from "@/server/facilitators/account-access";
import { authenticateFacilitator } from "@/server/facilitators/authenticate-facilitator";
import { createFirstFacilitator } from "@/server/facilitators/create-first-facilitator";
import { getTeam } from "@/server/facilitators/get-team";
import { handOverAdministration } from "@/server/facilitators/hand-over-administration";
import { inviteColleague } from "@/server/facilitators/invite-colleague";
import { issuePasswordReset } from "@/server/facilitators/issue-password-reset";
import { changeOwnPassword } from "@/server/facilitators/change-own-password";
import { signOutEverywhere } from "@/server/facilitators/sign-out-everywhere";
import { revokeAccountLink } from "@/server/facilitators/revoke-account-link";
import { setAccountDisabled } from "@/server/facilitators/set-account-disabled";
import { acceptAccountInvitation } from "@/server/facilitators/accept-account-invitation";
import { describeAccountLink } from "@/server/facilitators/describe-account-link";
import { resetPasswordWithLink } from "@/server/facilitators/reset-password-with-link";
import { resetRateLimits } from "@/server/rate-limit";
import { sha256 } from "@/server/secrets";
import { clearDatabase } from "../../support/clear-database";
import { makeDemarche, makeFacilitator, PASSWORD, signInFacilitator } from "../../support/factories";

const IP = "198.51.100.7";
const tokenOf = (link: string) => decodeURIComponent(link.split("/").at(-1)!);

async function makeAdministrator() {
  const row = await makeFacilitator({ role: "administrateur", name: "Admin" });
  return { row, viewer: await signInFacilitator(row.id) };
}

describe("accounts of a team (decision 020)", () => {
  beforeEach(async () => {
    await clearDatabase();
    await resetRateLimits();
  });

  it("makes the first account the instance's administrateur.trice", async () => {
    const { facilitatorId } = await createFirstFacilitator({ name: "Léa", email: "lea@ex.org", password: PASSWORD });
    expect((await db.facilitator.findUniqueOrThrow({ where: { id: facilitatorId } })).role).toBe("administrateur");
  });

  it("lets a colleague open an account once with an invitation link, stored only as a hash, audited", async () => {
    const admin = await makeAdministrator();
    const issued = await inviteColleague(admin.viewer, { label: "Samir" });
    const token = tokenOf(issued.link);
    expect(issued.link).toMatch(/^http:\/\/localhost:3000\/inscription\//);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(issued.qrSvg).toContain("<svg");
    const stored = await db.accountLink.findUniqueOrThrow({ where: { id: issued.linkId } });
    expect(stored.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    expect(await describeAccountLink("invitation", token)).toBe("valid");

    const { facilitatorId } = await acceptAccountInvitation({
      token,
      name: "Samir",
      email: "Samir@Ex.org",
      password: "une phrase de passe",
      ip: IP,
    });
    const account = await db.facilitator.findUniqueOrThrow({ where: { id: facilitatorId } });
    expect(account).toMatchObject({ email: "samir@ex.org", role: "accompagnateur", disabledAt: null });
    const ticket = await authenticateFacilitator({ email: "samir@ex.org", password: "une phrase de passe", ip: IP });
    expect(await redeemLoginTicket(ticket)).toEqual({ kind: "facilitator", facilitatorId });

    // Single use.
    expect(await describeAccountLink("invitation", token)).toBe("used");
    await expect(
      acceptAccountInvitation({ token, name: "Autre", email: "autre@ex.org", password: "une phrase de passe", ip: IP }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "accountLinkUnusable" });
    expect(await db.facilitator.count()).toBe(2);

    const actions = (await db.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["account.invite", "account.create-with-invitation"]);
  });

  it("refuses an expired or cancelled invitation, and a reset link used as an invitation", async () => {
    const admin = await makeAdministrator();
    const past = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    const expired = tokenOf((await inviteColleague(admin.viewer, { label: "Vieux" }, past)).link);
    const cancelled = await inviteColleague(admin.viewer, { label: "Annulé" });
    await revokeAccountLink(admin.viewer, { linkId: cancelled.linkId });
    const colleague = await makeFacilitator();
    const reset = tokenOf((await issuePasswordReset(admin.viewer, { facilitatorId: colleague.id })).link);
    expect(await describeAccountLink("invitation", expired)).toBe("expired");
    expect(await describeAccountLink("invitation", tokenOf(cancelled.link))).toBe("revoked");
    expect(await describeAccountLink("invitation", reset)).toBe("unknown");
    for (const token of [expired, tokenOf(cancelled.link), reset]) {
      await expect(
        acceptAccountInvitation({ token, name: "X", email: `${token.slice(0, 6)}@ex.org`, password: PASSWORD, ip: IP }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.facilitator.count()).toBe(2);
  });

  it("keeps the invitation usable when the email is taken (nothing consumed)", async () => {
    const admin = await makeAdministrator();
    const token = tokenOf((await inviteColleague(admin.viewer, { label: "Samir" })).link);
    await expect(
      acceptAccountInvitation({ token, name: "Samir", email: admin.row.email, password: PASSWORD, ip: IP }),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: "emailTaken" } });
    expect(await describeAccountLink("invitation", token)).toBe("valid");
  });

  it("pauses an address after ten links that open nothing", async () => {
    for (let i = 0; i < 10; i++) {
      await expect(resetPasswordWithLink({ token: `faux-${i}`, password: PASSWORD, ip: IP })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    const admin = await makeAdministrator();
    const token = tokenOf((await inviteColleague(admin.viewer, { label: "Samir" })).link);
    await expect(
      acceptAccountInvitation({ token, name: "Samir", email: "samir@ex.org", password: PASSWORD, ip: IP }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another address is not paused.
    await acceptAccountInvitation({
      token,
      name: "Samir",
      email: "samir@ex.org",
      password: PASSWORD,
      ip: "203.0.113.9",
    });
  });

  it("lists the team, and lets only the administrateur.trice see it or invite", async () => {
    const admin = await makeAdministrator();
    const colleague = await makeFacilitator({ name: "Collègue" });
    const colleagueViewer = await signInFacilitator(colleague.id);
    await makeDemarche(colleagueViewer, "Démarche de la collègue");
    await inviteColleague(admin.viewer, { label: "Samir" });
    const team = await getTeam(admin.viewer);
    expect(team.accounts.map((a) => [a.name, a.isAdministrator, a.isMe])).toEqual([
      ["Admin", true, true],
      ["Collègue", false, false],
    ]);
    expect(team.invitations.map((i) => i.label)).toEqual(["Samir"]);
    // Nothing of the colleague's démarches.
    expect(JSON.stringify(team)).not.toContain("Démarche de la collègue");
    await expect(getTeam(colleagueViewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inviteColleague(colleagueViewer, { label: "X" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      setAccountDisabled(colleagueViewer, { facilitatorId: admin.row.id, disabled: true }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("disabling an account ends its sessions at once; enabling lets it sign in again", async () => {
    const admin = await makeAdministrator();
    const colleague = await makeFacilitator();
    const sid = await createSessionRecord("facilitator", colleague.id);
    expect((await viewerFromSessionId(sid)).kind).toBe("facilitator");

    await setAccountDisabled(admin.viewer, { facilitatorId: colleague.id, disabled: true });
    expect((await viewerFromSessionId(sid)).kind).toBe("anonymous");
    expect(await db.authSession.count({ where: { facilitatorId: colleague.id, revokedAt: null } })).toBe(0);
    await expect(authenticateFacilitator({ email: colleague.email, password: PASSWORD, ip: IP })).rejects.toMatchObject(
      {
        code: "UNAUTHENTICATED",
      },
    );

    await setAccountDisabled(admin.viewer, { facilitatorId: colleague.id, disabled: false });
    // The old session stays ended; a new sign-in works.
    expect((await viewerFromSessionId(sid)).kind).toBe("anonymous");
    await authenticateFacilitator({ email: colleague.email, password: PASSWORD, ip: IP });
    const actions = (await db.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["account.disable", "account.enable"]);
  });

  it("always keeps one active administrateur.trice", async () => {
    const admin = await makeAdministrator();
    const colleague = await makeFacilitator();
    await expect(
      setAccountDisabled(admin.viewer, { facilitatorId: admin.row.id, disabled: true }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "cannotDisableSelf" });

    // Two administrateur.trice.s (an older instance, say): one may disable the other,
    // but the second may then not disable the first, who is the last.
    const second = await makeFacilitator({ role: "administrateur" });
    const secondViewer = await signInFacilitator(second.id);
    await setAccountDisabled(secondViewer, { facilitatorId: admin.row.id, disabled: true });
    expect(await db.facilitator.count({ where: { role: "administrateur", disabledAt: null } })).toBe(1);

    // A disabled account cannot receive the role.
    await expect(handOverAdministration(secondViewer, { facilitatorId: admin.row.id })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "accountDisabled",
    });
    await handOverAdministration(secondViewer, { facilitatorId: colleague.id });
    const roles = await db.facilitator.findMany({ where: { disabledAt: null }, select: { id: true, role: true } });
    expect(roles.filter((r) => r.role === "administrateur").map((r) => r.id)).toEqual([colleague.id]);
    // The former administrateur.trice can no longer manage accounts.
    await expect(inviteColleague(secondViewer, { label: "X" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps one active administrateur.trice when two disable each other at the same moment", async () => {
    const a = await makeAdministrator();
    const b = await makeAdministrator();
    const outcomes = await Promise.allSettled([
      setAccountDisabled(a.viewer, { facilitatorId: b.row.id, disabled: true }),
      setAccountDisabled(b.viewer, { facilitatorId: a.row.id, disabled: true }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled").length).toBeLessThanOrEqual(1);
    expect(await db.facilitator.count({ where: { role: "administrateur", disabledAt: null } })).toBe(1);
  });

  it("the guard refuses, and rolls back, a change that leaves no active administrateur.trice", async () => {
    // Sequentially no action can get there (nobody disables themselves, a hand-over
    // promotes before it demotes): the guard is what holds under concurrent changes.
    const admin = await makeAdministrator();
    await expect(
      db.$transaction(async (tx) => {
        await tx.facilitator.update({ where: { id: admin.row.id }, data: { disabledAt: new Date() } });
        await assertAnAdministratorRemains(tx);
      }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "lastAdministrator" });
    expect((await db.facilitator.findUniqueOrThrow({ where: { id: admin.row.id } })).disabledAt).toBeNull();
  });

  it("resets a forgotten password once with a link, ending the account's sessions", async () => {
    const admin = await makeAdministrator();
    const colleague = await makeFacilitator();
    const sid = await createSessionRecord("facilitator", colleague.id);
    const first = tokenOf((await issuePasswordReset(admin.viewer, { facilitatorId: colleague.id })).link);
    const issued = await issuePasswordReset(admin.viewer, { facilitatorId: colleague.id });
    expect(issued.link).toMatch(/\/nouveau-mot-de-passe\//);
    // A newer link cancels the older one.
    expect(await describeAccountLink("reset", first)).toBe("revoked");
    const token = tokenOf(issued.link);

    await resetPasswordWithLink({ token, password: "nouvelle phrase de passe", ip: IP });
    expect((await viewerFromSessionId(sid)).kind).toBe("anonymous");
    await authenticateFacilitator({ email: colleague.email, password: "nouvelle phrase de passe", ip: IP });
    await expect(authenticateFacilitator({ email: colleague.email, password: PASSWORD, ip: IP })).rejects.toMatchObject(
      {
        code: "UNAUTHENTICATED",
      },
    );
    await expect(resetPasswordWithLink({ token, password: "encore une autre", ip: IP })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("a reset link dies with a disabled account", async () => {
    const admin = await makeAdministrator();
    const colleague = await makeFacilitator();
    const token = tokenOf((await issuePasswordReset(admin.viewer, { facilitatorId: colleague.id })).link);
    await setAccountDisabled(admin.viewer, { facilitatorId: colleague.id, disabled: true });
    await expect(resetPasswordWithLink({ token, password: "nouvelle phrase", ip: IP })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await setAccountDisabled(admin.viewer, { facilitatorId: colleague.id, disabled: false });
    await expect(resetPasswordWithLink({ token, password: "nouvelle phrase", ip: IP })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("changes one's own password only with the current one, signing out the other devices", async () => {
    const me = await makeFacilitator();
    const viewer = await signInFacilitator(me.id);
    const elsewhere = await createSessionRecord("facilitator", me.id);
    await expect(
      changeOwnPassword(viewer, { currentPassword: "pas le bon", password: "nouvelle phrase", ip: IP }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { currentPassword: "wrongPassword" } });
    await changeOwnPassword(viewer, { currentPassword: PASSWORD, password: "nouvelle phrase", ip: IP });
    expect((await viewerFromSessionId(elsewhere)).kind).toBe("anonymous");
    expect((await viewerFromSessionId(viewer.sessionId)).kind).toBe("facilitator");
    await authenticateFacilitator({ email: me.email, password: "nouvelle phrase", ip: IP });
  });

  it("counts wrong current passwords in the sign-in budget", async () => {
    const me = await makeFacilitator();
    const viewer = await signInFacilitator(me.id);
    for (let i = 0; i < 10; i++) {
      await expect(
        changeOwnPassword(viewer, { currentPassword: `faux ${i}`, password: "nouvelle phrase", ip: IP }),
      ).rejects.toMatchObject({ code: "VALIDATION" });
    }
    await expect(
      changeOwnPassword(viewer, { currentPassword: PASSWORD, password: "nouvelle phrase", ip: IP }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("signs out of every device, this one included", async () => {
    const me = await makeFacilitator();
    const viewer = await signInFacilitator(me.id);
    const elsewhere = await createSessionRecord("facilitator", me.id);
    await signOutEverywhere(viewer);
    expect((await viewerFromSessionId(elsewhere)).kind).toBe("anonymous");
    expect((await viewerFromSessionId(viewer.sessionId)).kind).toBe("anonymous");
  });
});
