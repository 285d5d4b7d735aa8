-- CreateTable
CREATE TABLE "LinkedCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "receiptNumber" TEXT NOT NULL,
    "formType" TEXT,
    "linkedBy" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CaseSubscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "receiptNumber" TEXT NOT NULL,
    "conversationKey" TEXT NOT NULL,
    "reference" TEXT,
    "channelId" TEXT NOT NULL,
    "deliverBy" TEXT NOT NULL,
    "accountId" TEXT,
    "locale" TEXT NOT NULL,
    "lastHash" TEXT NOT NULL,
    "nextCheckAt" DATETIME NOT NULL,
    "claimedUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME
);

-- CreateTable
CREATE TABLE "SandboxCaseState" (
    "receiptNumber" TEXT NOT NULL PRIMARY KEY,
    "firstSeenAt" DATETIME NOT NULL,
    "advancedSteps" INTEGER NOT NULL DEFAULT 0,
    "accessCodeUsedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "LinkedCase_receiptNumber_key" ON "LinkedCase"("receiptNumber");

-- CreateIndex
CREATE INDEX "LinkedCase_accountId_idx" ON "LinkedCase"("accountId");

-- CreateIndex
CREATE INDEX "CaseSubscription_nextCheckAt_idx" ON "CaseSubscription"("nextCheckAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseSubscription_receiptNumber_conversationKey_key" ON "CaseSubscription"("receiptNumber", "conversationKey");

