-- DropIndex
DROP INDEX "Participant_groupId_idx";

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "admittedAt" DATETIME;
ALTER TABLE "Participant" ADD COLUMN "deviceHash" TEXT;

-- CreateIndex
CREATE INDEX "Participant_groupId_admittedAt_idx" ON "Participant"("groupId", "admittedAt");


-- Hand-written (decision 013). People who joined before admission existed
-- were members already: they stay admitted.
UPDATE "Participant" SET "admittedAt" = "joinedAt" WHERE "admittedAt" IS NULL;

-- A group's minimum is never below 3. SQLite cannot add a CHECK to an existing
-- table without rebuilding it (and every table that points at it), so two
-- triggers refuse the same rows; Prisma's diff ignores triggers.
UPDATE "Group" SET "minSize" = 3 WHERE "minSize" < 3;
CREATE TRIGGER "Group_minSize_floor_insert" BEFORE INSERT ON "Group"
WHEN NEW."minSize" < 3
BEGIN
  SELECT RAISE(ABORT, 'Group_minSize_floor: minSize must be at least 3');
END;
CREATE TRIGGER "Group_minSize_floor_update" BEFORE UPDATE OF "minSize" ON "Group"
WHEN NEW."minSize" < 3
BEGIN
  SELECT RAISE(ABORT, 'Group_minSize_floor: minSize must be at least 3');
END;
