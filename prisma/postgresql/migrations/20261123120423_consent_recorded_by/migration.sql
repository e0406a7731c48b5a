-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "recordedById" TEXT;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Facilitator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

