-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Position" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "submittedAt" DATETIME,
    "enteredById" TEXT,
    "editedOnBehalfAt" DATETIME,
    "editedOnBehalfById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Position_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_demarcheId_fkey" FOREIGN KEY ("demarcheId") REFERENCES "Demarche" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "Facilitator" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Position_editedOnBehalfById_fkey" FOREIGN KEY ("editedOnBehalfById") REFERENCES "Facilitator" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Position" ("conditionsHinder", "conditionsSupport", "createdAt", "currentExamples", "currentExpertise", "currentParticipation", "currentRepresentation", "currentWhy", "demarcheId", "desiredExamples", "desiredExpertise", "desiredParticipation", "desiredRepresentation", "desiredWhy", "enteredById", "groupId", "id", "participantId", "status", "submittedAt", "updatedAt") SELECT "conditionsHinder", "conditionsSupport", "createdAt", "currentExamples", "currentExpertise", "currentParticipation", "currentRepresentation", "currentWhy", "demarcheId", "desiredExamples", "desiredExpertise", "desiredParticipation", "desiredRepresentation", "desiredWhy", "enteredById", "groupId", "id", "participantId", "status", "submittedAt", "updatedAt" FROM "Position";
DROP TABLE "Position";
ALTER TABLE "new_Position" RENAME TO "Position";
CREATE UNIQUE INDEX "Position_participantId_key" ON "Position"("participantId");
CREATE INDEX "Position_groupId_status_idx" ON "Position"("groupId", "status");
CREATE INDEX "Position_demarcheId_idx" ON "Position"("demarcheId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

