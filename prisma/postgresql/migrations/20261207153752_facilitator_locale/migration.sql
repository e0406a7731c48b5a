-- AlterTable
ALTER TABLE "Facilitator" ADD COLUMN     "locale" TEXT;

