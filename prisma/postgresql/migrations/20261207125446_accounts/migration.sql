-- AlterTable
ALTER TABLE "Facilitator" ADD COLUMN     "role" TEXT NOT NULL DEFAULT 'accompagnateur';

-- CreateTable
CREATE TABLE "AccountLink" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "facilitatorId" TEXT,
    "label" TEXT,
    "issuedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AccountLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountLink_tokenHash_key" ON "AccountLink"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountLink_facilitatorId_idx" ON "AccountLink"("facilitatorId");

-- CreateIndex
CREATE INDEX "AccountLink_issuedById_idx" ON "AccountLink"("issuedById");

-- AddForeignKey
ALTER TABLE "AccountLink" ADD CONSTRAINT "AccountLink_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "Facilitator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountLink" ADD CONSTRAINT "AccountLink_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "Facilitator"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The instance's oldest active account becomes its administrateur.trice (decision 020).
UPDATE "Facilitator" SET "role" = 'administrateur'
WHERE "id" = (SELECT "id" FROM "Facilitator" WHERE "disabledAt" IS NULL ORDER BY "createdAt" ASC, "id" ASC LIMIT 1);
