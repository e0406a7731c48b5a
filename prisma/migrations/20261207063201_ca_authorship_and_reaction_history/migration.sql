-- AlterTable
ALTER TABLE "CaReport" ADD COLUMN "publishedBy" TEXT;

-- CreateTable
CREATE TABLE "GroupReactionVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "writtenBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GroupReactionVersion_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CaAnswer" (
    "pisteId" TEXT NOT NULL PRIMARY KEY,
    "decision" TEXT NOT NULL,
    "reasons" TEXT NOT NULL,
    "responsible" TEXT NOT NULL DEFAULT '',
    "dueDate" DATETIME,
    "answeredBy" TEXT NOT NULL,
    "adoptedOn" DATETIME,
    "resolution" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CaAnswer_pisteId_fkey" FOREIGN KEY ("pisteId") REFERENCES "Piste" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CaAnswer" ("answeredBy", "decision", "dueDate", "pisteId", "reasons", "responsible", "updatedAt") SELECT "answeredBy", "decision", "dueDate", "pisteId", "reasons", "responsible", "updatedAt" FROM "CaAnswer";
DROP TABLE "CaAnswer";
ALTER TABLE "new_CaAnswer" RENAME TO "CaAnswer";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "GroupReactionVersion_groupId_createdAt_idx" ON "GroupReactionVersion"("groupId", "createdAt");


-- Existing reactions become their group's first version (author unknown).
INSERT INTO "GroupReactionVersion" ("id", "groupId", "text", "writtenBy", "createdAt")
SELECT "groupId" || '-v0', "groupId", "text", 'unknown', "updatedAt" FROM "GroupReaction";
