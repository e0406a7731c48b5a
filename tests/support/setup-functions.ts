import type { Viewer } from "@/server/auth/viewer";
import { createDemarche } from "@/server/demarches/create-demarche";
import { getDemarcheDashboard } from "@/server/demarches/get-demarche-dashboard";
import { getDemarcheSettings } from "@/server/demarches/get-demarche-settings";
import { getEngagementTexts } from "@/server/demarches/get-engagement-texts";
import { listFacilitatorDemarches } from "@/server/demarches/list-facilitator-demarches";
import { publishEngagementText } from "@/server/demarches/publish-engagement-text";
import { updateDemarcheSettings } from "@/server/demarches/update-demarche-settings";
import { addGroup } from "@/server/groups/add-group";
import { addParticipantByHand } from "@/server/groups/add-participant-by-hand";
import { getGroupsOverview } from "@/server/groups/get-groups-overview";
import { removeGroup } from "@/server/groups/remove-group";
import { updateGroup } from "@/server/groups/update-group";
import { getInvitationSheet } from "@/server/invitations/get-invitation-sheet";
import { renewGroupInvitation } from "@/server/invitations/renew-group-invitation";
import { revokeGroupInvitation } from "@/server/invitations/revoke-group-invitation";
import { addMeeting } from "@/server/meetings/add-meeting";
import { exportCalendar } from "@/server/meetings/export-calendar";
import { getCalendar } from "@/server/meetings/get-calendar";
import { getMeeting } from "@/server/meetings/get-meeting";
import { moveMeeting } from "@/server/meetings/move-meeting";
import { removeMeeting } from "@/server/meetings/remove-meeting";
import { saveMeetingRecord } from "@/server/meetings/save-meeting-record";
import { updateMeeting } from "@/server/meetings/update-meeting";
import { advancePhase } from "@/server/phases/advance-phase";
import { getPhaseStatus } from "@/server/phases/get-phase-status";
import { stepBackPhase } from "@/server/phases/step-back-phase";

/**
 * The one list of the facilitator's set-up functions (issue 5). The denial
 * tests call every entry with the wrong people; a test also checks that every
 * function exported from the set-up folders is listed here or named in
 * INTERNAL_HELPERS, so a new action cannot slip in untested.
 *
 * - kind "read" returns data; kind "write" changes something.
 * - scope "instance": not tied to one démarche (another facilitator may call
 *   it for themselves), so only the participant denial applies.
 */
export type SetupFixture = {
  demarcheId: string;
  groupId: string;
  /** A group nobody joined, so removeGroup would succeed for its owner. */
  emptyGroupId: string;
  meetingId: string;
  participantId: string;
  engagementTextId: string;
  engagementVersion: number;
};

export type SetupFunction = {
  name: string;
  kind: "read" | "write";
  scope?: "instance";
  call: (viewer: Viewer, f: SetupFixture) => Promise<unknown>;
};

const meetingFields = {
  kind: "autre" as const,
  groupId: "",
  title: "Rencontre de préparation",
  date: "2026-10-15",
  time: "18:30",
  durationMinutes: 120,
  place: "Salle communautaire",
  agenda: "Préparer les ateliers",
};

export const SETUP_FUNCTIONS: SetupFunction[] = [
  {
    name: "createDemarche",
    kind: "write",
    scope: "instance",
    call: (v) =>
      createDemarche(v, { organisationName: "Autre", name: "Autre", startDate: "2026-10-01", endDate: "2027-02-26" }),
  },
  { name: "listFacilitatorDemarches", kind: "read", scope: "instance", call: (v) => listFacilitatorDemarches(v) },
  { name: "getDemarcheDashboard", kind: "read", call: (v, f) => getDemarcheDashboard(v, f.demarcheId) },
  { name: "getDemarcheSettings", kind: "read", call: (v, f) => getDemarcheSettings(v, f.demarcheId) },
  {
    name: "updateDemarcheSettings",
    kind: "write",
    call: (v, f) =>
      updateDemarcheSettings(v, {
        demarcheId: f.demarcheId,
        organisationName: "Renommé",
        name: "Renommée",
        startDate: "2026-10-01",
        endDate: "2027-02-26",
        privacyOfficerName: "Quelqu'un",
        privacyOfficerContact: "x@example.org",
        mandateExpertise: "E",
        mandateRepresentation: "R",
        mandateParticipation: "P",
      }),
  },
  { name: "getEngagementTexts", kind: "read", call: (v, f) => getEngagementTexts(v, f.demarcheId) },
  {
    name: "publishEngagementText",
    kind: "write",
    call: (v, f) =>
      publishEngagementText(v, {
        demarcheId: f.demarcheId,
        basedOnVersion: f.engagementVersion,
        body: "Nouveau texte",
      }),
  },
  { name: "getGroupsOverview", kind: "read", call: (v, f) => getGroupsOverview(v, f.demarcheId) },
  {
    name: "addGroup",
    kind: "write",
    call: (v, f) => addGroup(v, { demarcheId: f.demarcheId, label: "Coordonnateur.trice.s", minSize: 3 }),
  },
  {
    name: "updateGroup",
    kind: "write",
    call: (v, f) => updateGroup(v, { groupId: f.groupId, label: "X", minSize: 4 }),
  },
  { name: "removeGroup", kind: "write", call: (v, f) => removeGroup(v, { groupId: f.emptyGroupId }) },
  // Also behind the atelier page's « sans appareil » form (the one use case for both pages).
  {
    name: "addParticipantByHand",
    kind: "write",
    call: (v, f) =>
      addParticipantByHand(v, {
        groupId: f.groupId,
        displayName: "Sans appareil",
        engagementTextId: f.engagementTextId,
      }),
  },
  {
    name: "renewGroupInvitation",
    kind: "write",
    call: (v, f) => renewGroupInvitation(v, { groupId: f.groupId, expiresOn: "2099-01-01" }),
  },
  { name: "revokeGroupInvitation", kind: "write", call: (v, f) => revokeGroupInvitation(v, { groupId: f.groupId }) },
  { name: "getInvitationSheet", kind: "read", call: (v, f) => getInvitationSheet(v, f.groupId) },
  { name: "getCalendar", kind: "read", call: (v, f) => getCalendar(v, f.demarcheId) },
  { name: "addMeeting", kind: "write", call: (v, f) => addMeeting(v, { ...meetingFields, demarcheId: f.demarcheId }) },
  {
    name: "updateMeeting",
    kind: "write",
    call: (v, f) => updateMeeting(v, { ...meetingFields, meetingId: f.meetingId }),
  },
  { name: "moveMeeting", kind: "write", call: (v, f) => moveMeeting(v, { meetingId: f.meetingId, direction: "down" }) },
  { name: "removeMeeting", kind: "write", call: (v, f) => removeMeeting(v, { meetingId: f.meetingId }) },
  { name: "getMeeting", kind: "read", call: (v, f) => getMeeting(v, f.meetingId) },
  {
    name: "saveMeetingRecord",
    kind: "write",
    call: (v, f) =>
      saveMeetingRecord(v, { meetingId: f.meetingId, held: true, present: [f.participantId], minutes: "Compte rendu" }),
  },
  { name: "exportCalendar", kind: "read", call: (v, f) => exportCalendar(v, f.demarcheId) },
  { name: "getPhaseStatus", kind: "read", call: (v, f) => getPhaseStatus(v, f.demarcheId) },
  {
    name: "advancePhase",
    kind: "write",
    call: (v, f) => advancePhase(v, { demarcheId: f.demarcheId, from: "preparation", overrideReason: "Test" }),
  },
  {
    name: "stepBackPhase",
    kind: "write",
    call: (v, f) => stepBackPhase(v, { demarcheId: f.demarcheId, from: "ateliers" }),
  },
];

/**
 * Exported from the set-up folders but not callable from a page or action on
 * their own: each is used only by a listed function that has already checked
 * the viewer.
 */
export const INTERNAL_HELPERS: Record<string, string> = {
  createGroupInvitation: "called by createDemarche, addGroup and renewGroupInvitation after their checks",
  invitationExpiryFor: "pure date helper",
  invitationLink: "pure URL helper",
  requireDemarcheForRead: "the guard itself",
  requireOpenDemarche: "the guard itself",
  requireGroupOfFacilitator: "the guard itself",
  requireMeetingOfFacilitator: "the guard itself",
  loadPhaseSnapshot: "loader used by getPhaseStatus, getDemarcheDashboard, advancePhase, stepBackPhase",
  loadCalendar: "loader used by getCalendar and getDemarcheDashboard",
  meetingColumns: "used by addMeeting and updateMeeting",
  attendanceCandidates: "used by getMeeting and saveMeetingRecord",
  getDemarcheHeader:
    "shared read (foundation): participants may read their own démarche's header; tested in foundation",
};
