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

-- A group's minimum is never below 3. Prisma cannot declare a CHECK, and
-- Prisma 6.19's schema engine panics reading one back on PostgreSQL (its
-- describer fails on pg_constraint.contype, which breaks `migrate diff` and
-- so `npm run db:check`): a trigger refuses the same rows, and the diff
-- ignores triggers. (The script is sent whole: src/lib/postgres-adapter.ts.)
UPDATE "Group" SET "minSize" = 3 WHERE "minSize" < 3;
CREATE FUNCTION "Group_minSize_floor"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."minSize" < 3 THEN
    RAISE EXCEPTION 'Group_minSize_floor: minSize must be at least 3' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Group_minSize_floor" BEFORE INSERT OR UPDATE OF "minSize" ON "Group"
FOR EACH ROW EXECUTE FUNCTION "Group_minSize_floor"();
