-- DropIndex
DROP INDEX "Participant_groupId_idx";

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "admittedAt" TIMESTAMP(3),
ADD COLUMN     "deviceHash" TEXT;

-- CreateIndex
CREATE INDEX "Participant_groupId_admittedAt_idx" ON "Participant"("groupId", "admittedAt");


-- Hand-written (decision 013). People who joined before admission existed
-- were members already: they stay admitted.
UPDATE "Participant" SET "admittedAt" = "joinedAt" WHERE "admittedAt" IS NULL;

-- A group's minimum is never below 3. PostgreSQL gets no database-level
-- floor here (decision 013): Prisma 6.19's schema engine panics reading a
-- CHECK constraint back, and the driver adapter that applies migrations
-- splits a script at every semicolon, which cuts a PL/pgSQL trigger body
-- apart. The floor is applied where the minimum is written and read.
UPDATE "Group" SET "minSize" = 3 WHERE "minSize" < 3;
