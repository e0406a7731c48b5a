import { describe, expect, it } from "vitest";
import { newDemarcheSchema } from "@/lib/schemas/demarches";
import { db } from "@/server/db";
import { createDemarche } from "@/server/demarches/create-demarche";
import { getDemarcheSettings } from "@/server/demarches/get-demarche-settings";
import { getEngagementTexts } from "@/server/demarches/get-engagement-texts";
import { publishEngagementText } from "@/server/demarches/publish-engagement-text";
import { updateDemarcheSettings } from "@/server/demarches/update-demarche-settings";
import { resolveCode } from "@/server/participants/resolve-code";
import { joinDemarche } from "@/server/participants/join-demarche";
import { unseal } from "@/server/secrets";
import { makeFacilitatorViewer } from "../../support/factories";

const input = {
  organisationName: "Carrefour d'entraide",
  name: "Démarche 2027",
  startDate: "2027-01-11",
  endDate: "2027-05-28",
};

describe("creating a démarche", () => {
  it("prepares the three groups, version 1 of the conditions, six meetings and one invitation per group", async () => {
    const viewer = await makeFacilitatorViewer();
    const created = await createDemarche(viewer, {
      ...input,
      engagementText: "Nos conditions",
      mandateTexts: { expertise: "E", representation: "R", participation: "P" },
    });
    const demarche = await db.demarche.findUniqueOrThrow({
      where: { id: created.demarcheId },
      include: { groups: { orderBy: { sortOrder: "asc" } }, meetings: true, engagementTexts: true, invitations: true },
    });
    expect(demarche.phase).toBe("preparation");
    expect(demarche.groups.map((g) => [g.kind, g.minSize])).toEqual([
      ["intervenants", 3],
      ["destinataires", 3],
      ["administrateurs", 3],
    ]);
    expect(demarche.engagementTexts.map((t) => [t.version, t.body])).toEqual([[1, "Nos conditions"]]);
    expect(demarche.meetings).toHaveLength(6);
    expect(demarche.invitations).toHaveLength(3);
    // Valid until the last day of the démarche, 23:59 in Québec (UTC−4 in May).
    for (const invitation of demarche.invitations) {
      expect(invitation.expiresAt.toISOString()).toBe("2027-05-29T03:59:00.000Z");
    }
    // Each group's code works on the home page straight away.
    const first = demarche.invitations.find((i) => i.groupId === demarche.groups[0]!.id)!;
    const resolved = await resolveCode({ code: unseal(first.codeSealed), ip: "203.0.113.5" });
    expect(resolved).toEqual({ kind: "invitation", token: unseal(first.tokenSealed) });
  });

  it("refuses an end before the start, next to the end date, in French", () => {
    const result = newDemarcheSchema.safeParse({
      ...input,
      startDate: "2027-05-01",
      endDate: "2027-04-30",
      engagementText: "x",
      mandateExpertise: "E",
      mandateRepresentation: "R",
      mandateParticipation: "P",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ["endDate"], message: "validation.endBeforeStart" }]);
  });
});

describe("the settings", () => {
  it("saves the name, organisation, period, privacy officer and mandate descriptions", async () => {
    const viewer = await makeFacilitatorViewer();
    const { demarcheId } = await createDemarche(viewer, input);
    await updateDemarcheSettings(viewer, {
      demarcheId,
      organisationName: "Carrefour d'entraide de Rimouski",
      name: "Démarche réflexive 2027",
      startDate: "2027-01-18",
      endDate: "2027-06-04",
      privacyOfficerName: "Francine Tremblay",
      privacyOfficerContact: "418 555-0101",
      mandateExpertise: "Décrit par l'accompagnatrice (E)",
      mandateRepresentation: "Décrit par l'accompagnatrice (R)",
      mandateParticipation: "Décrit par l'accompagnatrice (P)",
    });
    const settings = await getDemarcheSettings(viewer, demarcheId);
    expect(settings.values).toMatchObject({
      organisationName: "Carrefour d'entraide de Rimouski",
      startDate: "2027-01-18",
      endDate: "2027-06-04",
      privacyOfficerContact: "418 555-0101",
      mandateParticipation: "Décrit par l'accompagnatrice (P)",
    });
    const audit = await db.auditEvent.findFirst({ where: { demarcheId, action: "demarche.update-settings" } });
    expect(audit).not.toBeNull();
  });
});

describe("the conditions d'engagement", () => {
  it("publishes new versions without touching the old one; each consent keeps its version", async () => {
    const viewer = await makeFacilitatorViewer();
    const { demarcheId } = await createDemarche(viewer, { ...input, engagementText: "Version un" });
    const v1 = await db.engagementText.findFirstOrThrow({ where: { demarcheId } });
    const invitation = await db.invitation.findFirstOrThrow({ where: { demarcheId, revokedAt: null } });
    const token = unseal(invitation.tokenSealed);
    await joinDemarche({ token, displayName: "Avant", acceptedEngagementTextId: v1.id });

    expect(await publishEngagementText(viewer, { demarcheId, basedOnVersion: 1, body: "Version deux" })).toEqual({
      version: 2,
    });
    const v2 = await db.engagementText.findFirstOrThrow({ where: { demarcheId, version: 2 } });
    // Someone still reading version 1 must read again.
    await expect(joinDemarche({ token, displayName: "Lent", acceptedEngagementTextId: v1.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await joinDemarche({ token, displayName: "Après", acceptedEngagementTextId: v2.id });

    expect((await db.engagementText.findUniqueOrThrow({ where: { id: v1.id } })).body).toBe("Version un");
    const texts = await getEngagementTexts(viewer, demarcheId);
    expect(texts.versions.map((v) => [v.version, v.acceptedCount])).toEqual([
      [2, 1],
      [1, 1],
    ]);
  });

  it("refuses to publish over a newer version or an unchanged text", async () => {
    const viewer = await makeFacilitatorViewer();
    const { demarcheId } = await createDemarche(viewer, { ...input, engagementText: "Texte" });
    await publishEngagementText(viewer, { demarcheId, basedOnVersion: 1, body: "Texte revu" });
    await expect(
      publishEngagementText(viewer, { demarcheId, basedOnVersion: 1, body: "Autre revue" }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "setup.engagementTextStale" });
    await expect(
      publishEngagementText(viewer, { demarcheId, basedOnVersion: 2, body: "  Texte revu " }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { body: "setup.engagementTextUnchanged" } });
    expect(await db.engagementText.count({ where: { demarcheId } })).toBe(2);
  });
});
