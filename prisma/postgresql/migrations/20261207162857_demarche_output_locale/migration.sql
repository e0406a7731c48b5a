-- AlterTable
ALTER TABLE "Demarche" ADD COLUMN     "outputLocale" TEXT NOT NULL DEFAULT 'fr';

