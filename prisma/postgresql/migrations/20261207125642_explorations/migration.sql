-- CreateTable
CREATE TABLE "Exploration" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3),
    "figuresWithdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Exploration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExplorationAnswer" (
    "id" TEXT NOT NULL,
    "explorationId" TEXT NOT NULL,
    "memberKeyHash" TEXT,
    "answersJson" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExplorationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Exploration_codeHash_key" ON "Exploration"("codeHash");

-- CreateIndex
CREATE INDEX "Exploration_expiresAt_idx" ON "Exploration"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExplorationAnswer_memberKeyHash_key" ON "ExplorationAnswer"("memberKeyHash");

-- CreateIndex
CREATE INDEX "ExplorationAnswer_explorationId_idx" ON "ExplorationAnswer"("explorationId");

-- AddForeignKey
ALTER TABLE "ExplorationAnswer" ADD CONSTRAINT "ExplorationAnswer_explorationId_fkey" FOREIGN KEY ("explorationId") REFERENCES "Exploration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

