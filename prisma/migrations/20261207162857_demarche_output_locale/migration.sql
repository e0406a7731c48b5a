-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Demarche" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "context" TEXT NOT NULL DEFAULT 'intra-organisme',
    "phase" TEXT NOT NULL DEFAULT 'preparation',
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME NOT NULL,
    "mandateExpertiseText" TEXT NOT NULL,
    "mandateRepresentationText" TEXT NOT NULL,
    "mandateParticipationText" TEXT NOT NULL,
    "privacyOfficerName" TEXT NOT NULL DEFAULT '',
    "privacyOfficerContact" TEXT NOT NULL DEFAULT '',
    "retentionMonths" INTEGER NOT NULL DEFAULT 12,
    "withdrawalPolicy" TEXT NOT NULL DEFAULT 'keep-anonymous',
    "outputLocale" TEXT NOT NULL DEFAULT 'fr',
    "previousDemarcheId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "closedAt" DATETIME,
    "archivedAt" DATETIME,
    "anonymisedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Demarche_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Demarche_previousDemarcheId_fkey" FOREIGN KEY ("previousDemarcheId") REFERENCES "Demarche" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Demarche" ("anonymisedAt", "archivedAt", "closedAt", "context", "createdAt", "endDate", "id", "isDemo", "mandateExpertiseText", "mandateParticipationText", "mandateRepresentationText", "name", "organisationId", "phase", "previousDemarcheId", "privacyOfficerContact", "privacyOfficerName", "retentionMonths", "startDate", "updatedAt", "withdrawalPolicy") SELECT "anonymisedAt", "archivedAt", "closedAt", "context", "createdAt", "endDate", "id", "isDemo", "mandateExpertiseText", "mandateParticipationText", "mandateRepresentationText", "name", "organisationId", "phase", "previousDemarcheId", "privacyOfficerContact", "privacyOfficerName", "retentionMonths", "startDate", "updatedAt", "withdrawalPolicy" FROM "Demarche";
DROP TABLE "Demarche";
ALTER TABLE "new_Demarche" RENAME TO "Demarche";
CREATE INDEX "Demarche_organisationId_idx" ON "Demarche"("organisationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

