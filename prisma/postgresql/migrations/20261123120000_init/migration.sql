-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Facilitator" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Facilitator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "facilitatorId" TEXT,
    "participantId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginTicket" (
    "id" TEXT NOT NULL,
    "facilitatorId" TEXT,
    "participantId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Demarche" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "context" TEXT NOT NULL DEFAULT 'intra-organisme',
    "phase" TEXT NOT NULL DEFAULT 'preparation',
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3) NOT NULL,
    "mandateExpertiseText" TEXT NOT NULL,
    "mandateRepresentationText" TEXT NOT NULL,
    "mandateParticipationText" TEXT NOT NULL,
    "privacyOfficerName" TEXT NOT NULL DEFAULT '',
    "privacyOfficerContact" TEXT NOT NULL DEFAULT '',
    "retentionMonths" INTEGER NOT NULL DEFAULT 12,
    "withdrawalPolicy" TEXT NOT NULL DEFAULT 'keep-anonymous',
    "previousDemarcheId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "closedAt" TIMESTAMP(3),
    "anonymisedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Demarche_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemarcheFacilitator" (
    "demarcheId" TEXT NOT NULL,
    "facilitatorId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'responsable',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemarcheFacilitator_pkey" PRIMARY KEY ("demarcheId","facilitatorId")
);

-- CreateTable
CREATE TABLE "EngagementText" (
    "id" TEXT NOT NULL,
    "demarcheId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngagementText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL,
    "demarcheId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "minSize" INTEGER NOT NULL DEFAULT 3,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "workshopClosedAt" TIMESTAMP(3),
    "releasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "demarcheId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "addedByFacilitator" BOOLEAN NOT NULL DEFAULT false,
    "returnCodeHash" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "anonymisedAt" TIMESTAMP(3),

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "engagementTextId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "demarcheId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenSealed" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "codeSealed" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "demarcheId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "groupId" TEXT,
    "sortOrder" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3),
    "durationMinutes" INTEGER NOT NULL DEFAULT 150,
    "place" TEXT NOT NULL DEFAULT '',
    "agenda" TEXT NOT NULL DEFAULT '',
    "minutes" TEXT NOT NULL DEFAULT '',
    "heldAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "meetingId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("meetingId","participantId")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "demarcheId" TEXT NOT NULL,
    "currentExpertise" INTEGER,
    "currentRepresentation" INTEGER,
    "currentParticipation" INTEGER,
    "currentWhy" TEXT NOT NULL DEFAULT '',
    "currentExamples" TEXT NOT NULL DEFAULT '',
    "desiredExpertise" INTEGER,
    "desiredRepresentation" INTEGER,
    "desiredParticipation" INTEGER,
    "desiredWhy" TEXT NOT NULL DEFAULT '',
    "desiredExamples" TEXT NOT NULL DEFAULT '',
    "conditionsHinder" TEXT NOT NULL DEFAULT '',
    "conditionsSupport" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "submittedAt" TIMESTAMP(3),
    "enteredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupAgreement" (
    "groupId" TEXT NOT NULL,
    "currentExpertise" INTEGER NOT NULL,
    "currentRepresentation" INTEGER NOT NULL,
    "currentParticipation" INTEGER NOT NULL,
    "desiredExpertise" INTEGER NOT NULL,
    "desiredRepresentation" INTEGER NOT NULL,
    "desiredParticipation" INTEGER NOT NULL,
    "decisionMode" TEXT NOT NULL,
    "justification" TEXT NOT NULL DEFAULT '',
    "examples" TEXT NOT NULL DEFAULT '',
    "participantCount" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupAgreement_pkey" PRIMARY KEY ("groupId")
);

-- CreateTable
CREATE TABLE "GroupCondition" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupCondition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Piste" (
    "id" TEXT NOT NULL,
    "demarcheId" TEXT NOT NULL,
    "groupId" TEXT,
    "orientation" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "needsArbitrage" BOOLEAN NOT NULL DEFAULT false,
    "arbitrageNote" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Piste_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PisteSupport" (
    "pisteId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,

    CONSTRAINT "PisteSupport_pkey" PRIMARY KEY ("pisteId","groupId")
);

-- CreateTable
CREATE TABLE "CaReport" (
    "demarcheId" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaReport_pkey" PRIMARY KEY ("demarcheId")
);

-- CreateTable
CREATE TABLE "CaAnswer" (
    "pisteId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reasons" TEXT NOT NULL,
    "responsible" TEXT NOT NULL DEFAULT '',
    "dueDate" TIMESTAMP(3),
    "answeredBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaAnswer_pkey" PRIMARY KEY ("pisteId")
);

-- CreateTable
CREATE TABLE "GroupReaction" (
    "groupId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupReaction_pkey" PRIMARY KEY ("groupId")
);

-- CreateTable
CREATE TABLE "ReportLink" (
    "id" TEXT NOT NULL,
    "demarcheId" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "tokenHash" TEXT NOT NULL,
    "tokenSealed" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "demarcheId" TEXT,
    "actorKind" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfidentialityIncident" (
    "id" TEXT NOT NULL,
    "demarcheId" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "discoveredAt" TIMESTAMP(3) NOT NULL,
    "description" TEXT NOT NULL,
    "peopleConcerned" TEXT NOT NULL DEFAULT '',
    "riskOfSeriousInjury" BOOLEAN NOT NULL DEFAULT false,
    "measures" TEXT NOT NULL DEFAULT '',
    "reportedToCai" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConfidentialityIncident_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Facilitator_email_key" ON "Facilitator"("email");

-- CreateIndex
CREATE INDEX "AuthSession_facilitatorId_idx" ON "AuthSession"("facilitatorId");

-- CreateIndex
CREATE INDEX "AuthSession_participantId_idx" ON "AuthSession"("participantId");

-- CreateIndex
CREATE INDEX "LoginTicket_facilitatorId_idx" ON "LoginTicket"("facilitatorId");

-- CreateIndex
CREATE INDEX "LoginTicket_participantId_idx" ON "LoginTicket"("participantId");

-- CreateIndex
CREATE INDEX "Organisation_createdById_idx" ON "Organisation"("createdById");

-- CreateIndex
CREATE INDEX "Demarche_organisationId_idx" ON "Demarche"("organisationId");

-- CreateIndex
CREATE INDEX "DemarcheFacilitator_facilitatorId_idx" ON "DemarcheFacilitator"("facilitatorId");

-- CreateIndex
CREATE UNIQUE INDEX "EngagementText_demarcheId_version_key" ON "EngagementText"("demarcheId", "version");

-- CreateIndex
CREATE INDEX "Group_demarcheId_idx" ON "Group"("demarcheId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_returnCodeHash_key" ON "Participant"("returnCodeHash");

-- CreateIndex
CREATE INDEX "Participant_demarcheId_idx" ON "Participant"("demarcheId");

-- CreateIndex
CREATE INDEX "Participant_groupId_idx" ON "Participant"("groupId");

-- CreateIndex
CREATE INDEX "Consent_participantId_idx" ON "Consent"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_codeHash_key" ON "Invitation"("codeHash");

-- CreateIndex
CREATE INDEX "Invitation_groupId_idx" ON "Invitation"("groupId");

-- CreateIndex
CREATE INDEX "Meeting_demarcheId_sortOrder_idx" ON "Meeting"("demarcheId", "sortOrder");

-- CreateIndex
CREATE INDEX "Attendance_participantId_idx" ON "Attendance"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Position_participantId_key" ON "Position"("participantId");

-- CreateIndex
CREATE INDEX "Position_groupId_status_idx" ON "Position"("groupId", "status");

-- CreateIndex
CREATE INDEX "Position_demarcheId_idx" ON "Position"("demarcheId");

-- CreateIndex
CREATE INDEX "GroupCondition_groupId_idx" ON "GroupCondition"("groupId");

-- CreateIndex
CREATE INDEX "Piste_demarcheId_groupId_idx" ON "Piste"("demarcheId", "groupId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportLink_tokenHash_key" ON "ReportLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ReportLink_demarcheId_idx" ON "ReportLink"("demarcheId");

-- CreateIndex
CREATE INDEX "AuditEvent_demarcheId_createdAt_idx" ON "AuditEvent"("demarcheId", "createdAt");

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "Facilitator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginTicket" ADD CONSTRAINT "LoginTicket_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "Facilitator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginTicket" ADD CONSTRAINT "LoginTicket_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Facilitator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demarche" ADD CONSTRAINT "Demarche_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demarche" ADD CONSTRAINT "Demarche_previousDemarcheId_fkey" FOREIGN KEY ("previousDemarcheId") REFERENCES "Demarche"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemarcheFacilitator" ADD CONSTRAINT "DemarcheFacilitator_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemarcheFacilitator" ADD CONSTRAINT "DemarcheFacilitator_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "Facilitator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementText" ADD CONSTRAINT "EngagementText_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementText" ADD CONSTRAINT "EngagementText_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Facilitator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_engagementTextId_fkey" FOREIGN KEY ("engagementTextId") REFERENCES "EngagementText"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Facilitator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "Facilitator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupAgreement" ADD CONSTRAINT "GroupAgreement_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupCondition" ADD CONSTRAINT "GroupCondition_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Piste" ADD CONSTRAINT "Piste_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Piste" ADD CONSTRAINT "Piste_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PisteSupport" ADD CONSTRAINT "PisteSupport_pisteId_fkey" FOREIGN KEY ("pisteId") REFERENCES "Piste"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PisteSupport" ADD CONSTRAINT "PisteSupport_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaReport" ADD CONSTRAINT "CaReport_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaAnswer" ADD CONSTRAINT "CaAnswer_pisteId_fkey" FOREIGN KEY ("pisteId") REFERENCES "Piste"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupReaction" ADD CONSTRAINT "GroupReaction_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportLink" ADD CONSTRAINT "ReportLink_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportLink" ADD CONSTRAINT "ReportLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Facilitator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfidentialityIncident" ADD CONSTRAINT "ConfidentialityIncident_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfidentialityIncident" ADD CONSTRAINT "ConfidentialityIncident_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Facilitator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

