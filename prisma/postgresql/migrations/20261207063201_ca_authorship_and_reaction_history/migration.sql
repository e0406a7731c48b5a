-- AlterTable
ALTER TABLE "CaAnswer" ADD COLUMN     "adoptedOn" TIMESTAMP(3),
ADD COLUMN     "resolution" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "CaReport" ADD COLUMN     "publishedBy" TEXT;

-- CreateTable
CREATE TABLE "GroupReactionVersion" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "writtenBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupReactionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GroupReactionVersion_groupId_createdAt_idx" ON "GroupReactionVersion"("groupId", "createdAt");

-- AddForeignKey
ALTER TABLE "GroupReactionVersion" ADD CONSTRAINT "GroupReactionVersion_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Existing reactions become their group's first version (author unknown).
INSERT INTO "GroupReactionVersion" ("id", "groupId", "text", "writtenBy", "createdAt")
SELECT "groupId" || '-v0', "groupId", "text", 'unknown', "updatedAt" FROM "GroupReaction";
