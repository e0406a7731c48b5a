-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Consent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "engagementTextId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "givenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" DATETIME,
    "recordedById" TEXT,
    CONSTRAINT "Consent_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Consent_engagementTextId_fkey" FOREIGN KEY ("engagementTextId") REFERENCES "EngagementText" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Facilitator" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Consent" ("engagementTextId", "givenAt", "id", "participantId", "purpose", "withdrawnAt") SELECT "engagementTextId", "givenAt", "id", "participantId", "purpose", "withdrawnAt" FROM "Consent";
DROP TABLE "Consent";
ALTER TABLE "new_Consent" RENAME TO "Consent";
CREATE INDEX "Consent_participantId_idx" ON "Consent"("participantId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

