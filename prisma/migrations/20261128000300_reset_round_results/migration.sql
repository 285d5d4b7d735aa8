-- AlterTable
ALTER TABLE "PasswordReset" ADD COLUMN "roundResults" TEXT;

