-- AlterTable
ALTER TABLE "Demarche" ADD COLUMN     "archivedAt" TIMESTAMP(3);

