-- CreateTable
CREATE TABLE "LinkedCase" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "receiptNumber" TEXT NOT NULL,
    "formType" TEXT,
    "linkedBy" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LinkedCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseSubscription" (
    "id" TEXT NOT NULL,
    "receiptNumber" TEXT NOT NULL,
    "conversationKey" TEXT NOT NULL,
    "reference" TEXT,
    "channelId" TEXT NOT NULL,
    "deliverBy" TEXT NOT NULL,
    "accountId" TEXT,
    "locale" TEXT NOT NULL,
    "lastHash" TEXT NOT NULL,
    "nextCheckAt" TIMESTAMP(3) NOT NULL,
    "claimedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "CaseSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxCaseState" (
    "receiptNumber" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "advancedSteps" INTEGER NOT NULL DEFAULT 0,
    "accessCodeUsedAt" TIMESTAMP(3),

    CONSTRAINT "SandboxCaseState_pkey" PRIMARY KEY ("receiptNumber")
);

-- CreateIndex
CREATE UNIQUE INDEX "LinkedCase_receiptNumber_key" ON "LinkedCase"("receiptNumber");

-- CreateIndex
CREATE INDEX "LinkedCase_accountId_idx" ON "LinkedCase"("accountId");

-- CreateIndex
CREATE INDEX "CaseSubscription_nextCheckAt_idx" ON "CaseSubscription"("nextCheckAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseSubscription_receiptNumber_conversationKey_key" ON "CaseSubscription"("receiptNumber", "conversationKey");

