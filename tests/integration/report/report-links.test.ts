import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getReportPdfWithLink } from "@/server/exports/get-report-pdf";
import { createReportLink } from "@/server/report/create-report-link";
import { listReportLinks } from "@/server/report/list-report-links";
import { readReportWithLink } from "@/server/report/read-report-with-link";
import { revokeReportLink } from "@/server/report/revoke-report-link";
import { sha256 } from "@/server/secrets";
import { makeFacilitatorViewer, makePlenaryDemarche, setPhase, signInParticipant } from "../../support/factories";

const DAY = 86_400_000;

async function transmitted() {
  const facilitator = await makeFacilitatorViewer();
  const d = await makePlenaryDemarche(facilitator);
  await setPhase(d.demarcheId, "transmission_ca");
  return { facilitator, d };
}

describe("read-only report links", () => {
  it("a live link reads the report, and every read is audited", async () => {
    const { facilitator, d } = await transmitted();
    const { token, linkId } = await createReportLink(facilitator, { demarcheId: d.demarcheId, label: "Séance du CA" });
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
    const stored = await db.reportLink.findUniqueOrThrow({ where: { id: linkId } });
    expect(stored.tokenHash).toBe(sha256(token));
    expect(stored.tokenSealed).not.toContain(token);

    const read = await readReportWithLink(token);
    expect(read.ok && read.model.demarche.id).toBe(d.demarcheId);
    const pdf = await getReportPdfWithLink(token);
    expect(pdf.ok && pdf.pdf.subarray(0, 5).toString()).toBe("%PDF-");

    const reads = await db.auditEvent.findMany({ where: { demarcheId: d.demarcheId, action: "report.read" } });
    expect(reads.map((r) => [r.actorKind, r.actorId, JSON.parse(r.detail).format])).toEqual([
      ["report-link", linkId, "page"],
      ["report-link", linkId, "pdf"],
    ]);
    // The facilitator can copy it again.
    expect((await listReportLinks(facilitator, d.demarcheId)).map((l) => [l.status, l.token])).toEqual([
      ["active", token],
    ]);
  });

  it("a revoked link is refused at once, page and PDF alike, and nothing is audited as read", async () => {
    const { facilitator, d } = await transmitted();
    const { token, linkId } = await createReportLink(facilitator, { demarcheId: d.demarcheId, label: "" });
    await revokeReportLink(facilitator, { linkId });
    expect(await readReportWithLink(token)).toEqual({ ok: false, reason: "revoked" });
    expect(await getReportPdfWithLink(token)).toEqual({ ok: false, reason: "revoked" });
    expect(await db.auditEvent.count({ where: { demarcheId: d.demarcheId, action: "report.read" } })).toBe(0);
    expect((await listReportLinks(facilitator, d.demarcheId))[0]).toMatchObject({ status: "revoked", token: null });
  });

  it("an expired link is refused; the expiry is the facilitator's choice", async () => {
    const { facilitator, d } = await transmitted();
    const created = new Date();
    const { token, expiresAt } = await createReportLink(
      facilitator,
      { demarcheId: d.demarcheId, label: "", expiresInDays: 7 },
      created,
    );
    expect(expiresAt.getTime() - created.getTime()).toBe(7 * DAY);
    expect((await readReportWithLink(token, { now: new Date(created.getTime() + 6 * DAY) })).ok).toBe(true);
    expect(await readReportWithLink(token, { now: new Date(created.getTime() + 7 * DAY) })).toEqual({
      ok: false,
      reason: "expired",
    });
    // Default: 60 days.
    const byDefault = await createReportLink(facilitator, { demarcheId: d.demarcheId, label: "" }, created);
    expect(byDefault.expiresAt.getTime() - created.getTime()).toBe(60 * DAY);
  });

  it("an unknown or malformed token is refused", async () => {
    expect(await readReportWithLink("pas-un-jeton")).toEqual({ ok: false, reason: "unknown" });
    expect(await readReportWithLink("x".repeat(500))).toEqual({ ok: false, reason: "unknown" });
  });

  it("a link reads nothing before the report is transmitted to the CA", async () => {
    const facilitator = await makeFacilitatorViewer();
    const d = await makePlenaryDemarche(facilitator);
    const { token } = await createReportLink(facilitator, { demarcheId: d.demarcheId, label: "" });
    expect(await readReportWithLink(token)).toEqual({ ok: false, reason: "notYet" });
    await setPhase(d.demarcheId, "transmission_ca");
    expect((await readReportWithLink(token)).ok).toBe(true);
  });

  it("only the démarche's facilitators create, list and revoke links; none are created once it is closed", async () => {
    const { facilitator, d } = await transmitted();
    const other = await makeFacilitatorViewer();
    const board = await signInParticipant(d.participants.administrateurs[0]!);
    await expect(createReportLink(other, { demarcheId: d.demarcheId, label: "" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createReportLink(board, { demarcheId: d.demarcheId, label: "" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { linkId, token } = await createReportLink(facilitator, { demarcheId: d.demarcheId, label: "" });
    await expect(revokeReportLink(other, { linkId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listReportLinks(other, d.demarcheId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await setPhase(d.demarcheId, "cloturee");
    await expect(createReportLink(facilitator, { demarcheId: d.demarcheId, label: "" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "report.closed",
    });
    // A closed démarche's report stays readable, and its links stay revocable.
    expect((await readReportWithLink(token)).ok).toBe(true);
    await revokeReportLink(facilitator, { linkId });
    expect(await readReportWithLink(token)).toEqual({ ok: false, reason: "revoked" });
  });
});
