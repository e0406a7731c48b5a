-- CreateTable
CREATE TABLE "Exploration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "closedAt" DATETIME,
    "figuresWithdrawnAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ExplorationAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "explorationId" TEXT NOT NULL,
    "memberKeyHash" TEXT,
    "answersJson" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ExplorationAnswer_explorationId_fkey" FOREIGN KEY ("explorationId") REFERENCES "Exploration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Exploration_codeHash_key" ON "Exploration"("codeHash");

-- CreateIndex
CREATE INDEX "Exploration_expiresAt_idx" ON "Exploration"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExplorationAnswer_memberKeyHash_key" ON "ExplorationAnswer"("memberKeyHash");

-- CreateIndex
CREATE INDEX "ExplorationAnswer_explorationId_idx" ON "ExplorationAnswer"("explorationId");

