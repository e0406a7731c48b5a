-- AlterTable
ALTER TABLE "Position" ADD COLUMN     "editedOnBehalfAt" TIMESTAMP(3),
ADD COLUMN     "editedOnBehalfById" TEXT;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_editedOnBehalfById_fkey" FOREIGN KEY ("editedOnBehalfById") REFERENCES "Facilitator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

