/**
 * What a private exploration keeps on the device (decision 022): the solo
 * answers, and for a colleague the shared code with this device's key.
 * localStorage only, under the same prefix as the positioning backups;
 * anything unexpected reads as nothing. Erasing removes the key.
 */
import { isValidPerMille } from "@/domain/position";
import type { PositionAnswers } from "@/lib/schemas/workshop";
import { clearBackup, readBackup, writeBackup } from "@/components/workshop/local-backup";

export const SOLO_KEY = "exploration:solo";
export const SHARED_KEY = "exploration:shared";
/** The positioning form's own backup of what is being typed. */
export const SOLO_FORM_KEY = "exploration:solo:form";
export const SHARED_FORM_KEY = "exploration:shared:form";

export type SoloRecord = {
  v: 1;
  answers: PositionAnswers;
  status: "draft" | "submitted";
  submittedAt: string | null;
  savedAt: string;
  /** Set when the person created a personal return code (shown to them again here only). */
  kept: { code: string; expiresAt: string } | null;
};

export type SharedMembership = { v: 1; code: string; memberKey: string; expiresAt: string };

const TEXTS = [
  "currentWhy",
  "currentExamples",
  "desiredWhy",
  "desiredExamples",
  "conditionsHinder",
  "conditionsSupport",
] as const;

/** Answers read back from storage (or from the server), checked field by field without zod (a phone page). */
export function parseAnswers(raw: unknown): PositionAnswers | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const position = (v: unknown) => (v === null ? null : isValidPerMille(v) ? v : undefined);
  const current = position(r.current);
  const desired = position(r.desired);
  if (current === undefined || desired === undefined) return null;
  const texts = {} as Record<(typeof TEXTS)[number], string>;
  for (const field of TEXTS) {
    const value = r[field];
    if (typeof value !== "string") return null;
    texts[field] = value;
  }
  return { ...texts, current, desired };
}

export function readSolo(): SoloRecord | null {
  const raw = readBackup(SOLO_KEY);
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const answers = parseAnswers(r.answers);
  if (r.v !== 1 || !answers || (r.status !== "draft" && r.status !== "submitted")) return null;
  const kept = r.kept as SoloRecord["kept"];
  return {
    v: 1,
    answers,
    status: r.status,
    submittedAt: typeof r.submittedAt === "string" ? r.submittedAt : null,
    savedAt: typeof r.savedAt === "string" ? r.savedAt : new Date().toISOString(),
    kept: kept && typeof kept.code === "string" && typeof kept.expiresAt === "string" ? kept : null,
  };
}

export function writeSolo(record: SoloRecord): void {
  writeBackup(SOLO_KEY, record);
}

export function eraseSolo(): void {
  clearBackup(SOLO_KEY);
  clearBackup(SOLO_FORM_KEY);
}

export function readShared(): SharedMembership | null {
  const raw = readBackup(SHARED_KEY);
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.v !== 1 || typeof r.code !== "string" || typeof r.memberKey !== "string" || typeof r.expiresAt !== "string")
    return null;
  return { v: 1, code: r.code, memberKey: r.memberKey, expiresAt: r.expiresAt };
}

export function writeShared(membership: SharedMembership): void {
  writeBackup(SHARED_KEY, membership);
}

export function eraseShared(): void {
  clearBackup(SHARED_KEY);
  clearBackup(SHARED_FORM_KEY);
}
