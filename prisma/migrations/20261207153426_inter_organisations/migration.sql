-- CreateTable
CREATE TABLE "InterOrganisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "demarcheId" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "namingConsentAt" DATETIME NOT NULL,
    "namingConsentById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InterOrganisation_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterOrganisation_namingConsentById_fkey" FOREIGN KEY ("namingConsentById") REFERENCES "Facilitator" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InterAgreement" (
    "groupId" TEXT NOT NULL,
    "interOrganisationId" TEXT NOT NULL,
    "demarcheId" TEXT NOT NULL,
    "currentExpertise" INTEGER NOT NULL,
    "currentRepresentation" INTEGER NOT NULL,
    "currentParticipation" INTEGER NOT NULL,
    "desiredExpertise" INTEGER NOT NULL,
    "desiredRepresentation" INTEGER NOT NULL,
    "desiredParticipation" INTEGER NOT NULL,
    "why" TEXT NOT NULL DEFAULT '',
    "examples" TEXT NOT NULL DEFAULT '',
    "savedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("groupId", "interOrganisationId"),
    CONSTRAINT "InterAgreement_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterAgreement_interOrganisationId_fkey" FOREIGN KEY ("interOrganisationId") REFERENCES "InterOrganisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterAgreement_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "Facilitator" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "InterOrganisation_namingConsentById_idx" ON "InterOrganisation"("namingConsentById");

-- CreateIndex
CREATE UNIQUE INDEX "InterOrganisation_demarcheId_side_key" ON "InterOrganisation"("demarcheId", "side");

-- CreateIndex
CREATE INDEX "InterAgreement_interOrganisationId_idx" ON "InterAgreement"("interOrganisationId");

-- CreateIndex
CREATE INDEX "InterAgreement_demarcheId_idx" ON "InterAgreement"("demarcheId");

-- CreateIndex
CREATE INDEX "InterAgreement_savedById_idx" ON "InterAgreement"("savedById");

