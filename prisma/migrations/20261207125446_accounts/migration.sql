-- CreateTable
CREATE TABLE "AccountLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "facilitatorId" TEXT,
    "label" TEXT,
    "issuedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "AccountLink_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "Facilitator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AccountLink_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "Facilitator" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Facilitator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "role" TEXT NOT NULL DEFAULT 'accompagnateur',
    "disabledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Facilitator" ("createdAt", "disabledAt", "email", "id", "isDemo", "name", "passwordHash", "updatedAt") SELECT "createdAt", "disabledAt", "email", "id", "isDemo", "name", "passwordHash", "updatedAt" FROM "Facilitator";
DROP TABLE "Facilitator";
ALTER TABLE "new_Facilitator" RENAME TO "Facilitator";
CREATE UNIQUE INDEX "Facilitator_email_key" ON "Facilitator"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "AccountLink_tokenHash_key" ON "AccountLink"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountLink_facilitatorId_idx" ON "AccountLink"("facilitatorId");

-- CreateIndex
CREATE INDEX "AccountLink_issuedById_idx" ON "AccountLink"("issuedById");


-- The instance's oldest active account becomes its administrateur.trice (decision 020).
UPDATE "Facilitator" SET "role" = 'administrateur'
WHERE "id" = (SELECT "id" FROM "Facilitator" WHERE "disabledAt" IS NULL ORDER BY "createdAt" ASC, "id" ASC LIMIT 1);
