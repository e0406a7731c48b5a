import "server-only";
import type { GroupKindValue } from "@/domain/vocabulary";
import { findLiveSession } from "@/server/auth/session-records";

/** Who is asking. Every server function takes one and checks it. */
export type Viewer =
  | { kind: "anonymous" }
  | {
      kind: "facilitator";
      sessionId: string;
      facilitatorId: string;
      name: string;
      email: string;
      isDemo: boolean;
      /** The interface language stored on their account; null or absent: not chosen (decision 024). */
      locale?: string | null;
    }
  | {
      kind: "participant";
      sessionId: string;
      participantId: string;
      displayName: string;
      groupId: string;
      groupKind: GroupKindValue;
      demarcheId: string;
      /**
       * Admitted by the facilitator (or added by them). Someone who joined
       * with a group's code is « en attente » until then: they count for
       * nothing and see nothing of the group (decision 013).
       */
      admitted: boolean;
    }
  /** Someone holding a read-only report link: sees one démarche's report, nothing else. */
  | { kind: "report-link"; reportLinkId: string; demarcheId: string };

export type FacilitatorViewer = Extract<Viewer, { kind: "facilitator" }>;
export type ParticipantViewer = Extract<Viewer, { kind: "participant" }>;

export const ANONYMOUS: Viewer = { kind: "anonymous" };

/** Resolves a raw session id to a viewer; anonymous when the record is gone, expired or revoked. */
export async function viewerFromSessionId(sid: string): Promise<Viewer> {
  if (!sid) return ANONYMOUS;
  const record = await findLiveSession(sid);
  if (!record) return ANONYMOUS;
  if (record.kind === "facilitator" && record.facilitator) {
    const f = record.facilitator;
    return {
      kind: "facilitator",
      sessionId: sid,
      facilitatorId: f.id,
      name: f.name,
      email: f.email,
      isDemo: f.isDemo,
      locale: f.locale,
    };
  }
  if (record.kind === "participant" && record.participant) {
    const p = record.participant;
    return {
      kind: "participant",
      sessionId: sid,
      participantId: p.id,
      displayName: p.displayName,
      groupId: p.groupId,
      groupKind: p.group.kind as GroupKindValue,
      demarcheId: p.demarcheId,
      admitted: p.admittedAt !== null,
    };
  }
  return ANONYMOUS;
}
