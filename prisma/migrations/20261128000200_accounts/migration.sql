-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "accountType" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationKey" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "emailTaken" BOOLEAN NOT NULL DEFAULT false,
    "emailConfirmedAt" DATETIME,
    "termsAcceptedAt" DATETIME,
    "passwordHash" TEXT,
    "twoStepChosenAt" DATETIME,
    "backupCodeSavedAt" DATETIME,
    "resetAnswersSetAt" DATETIME,
    "accountType" TEXT,
    "accountId" TEXT,
    "completedAt" DATETIME,
    "abandonedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OneTimeCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "purpose" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "issueNumber" INTEGER NOT NULL,
    "codeHash" TEXT NOT NULL,
    "sealedCode" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sentAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "consumedAt" DATETIME,
    "supersededAt" DATETIME
);

-- CreateTable
CREATE TABLE "TwoStepMethod" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "phone" TEXT,
    "sealedSecret" TEXT,
    "totpLastStep" INTEGER,
    "verifiedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "BackupCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ResetAnswer" (
    "ownerId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answerHash" TEXT NOT NULL,

    PRIMARY KEY ("ownerId", "questionId")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationKey" TEXT NOT NULL,
    "lockKey" TEXT NOT NULL,
    "accountId" TEXT,
    "viaVerifiedPhone" BOOLEAN NOT NULL DEFAULT false,
    "method" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "completedAt" DATETIME
);

-- CreateTable
CREATE TABLE "SignInLock" (
    "lockKey" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME
);

-- CreateTable
CREATE TABLE "SignInSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationKey" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PasswordReset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationKey" TEXT NOT NULL,
    "accountId" TEXT,
    "emailVerifiedAt" DATETIME,
    "askedQuestionIds" TEXT,
    "failedAnswerRounds" INTEGER NOT NULL DEFAULT 0,
    "identityProvenAt" DATETIME,
    "completedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PasswordLink" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "purpose" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "conversationKey" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_accountNumber_key" ON "Account"("accountNumber");

-- CreateIndex
CREATE INDEX "Registration_conversationKey_idx" ON "Registration"("conversationKey");

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeCode_purpose_subjectId_channel_issueNumber_key" ON "OneTimeCode"("purpose", "subjectId", "channel", "issueNumber");

-- CreateIndex
CREATE UNIQUE INDEX "TwoStepMethod_ownerId_kind_key" ON "TwoStepMethod"("ownerId", "kind");

-- CreateIndex
CREATE INDEX "BackupCode_ownerId_idx" ON "BackupCode"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "SignInSession_conversationKey_key" ON "SignInSession"("conversationKey");

