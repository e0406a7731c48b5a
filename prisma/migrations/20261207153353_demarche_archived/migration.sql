-- AlterTable
ALTER TABLE "Demarche" ADD COLUMN "archivedAt" DATETIME;

