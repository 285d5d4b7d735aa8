-- CreateTable
CREATE TABLE "HandoffTicket" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationKey" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "handledBy" TEXT NOT NULL DEFAULT 'console',
    "agentId" TEXT,
    "resolution" TEXT,
    "rating" INTEGER,
    "ratingAskedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" DATETIME,
    "closedAt" DATETIME,
    "closedBy" TEXT
);

-- CreateTable
CREATE TABLE "HandoffMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "agentId" TEXT,
    "text" TEXT NOT NULL,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME,
    "claimedUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "HelpDeskAgent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "sealedTotp" TEXT NOT NULL,
    "totpLastStep" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" DATETIME
);

-- CreateTable
CREATE TABLE "HelpDeskAgentSession" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "agentId" TEXT NOT NULL,
    "csrfHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "HandoffWebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ticketId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimedUntil" DATETIME,
    "lastStatus" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "HandoffTicket_status_createdAt_idx" ON "HandoffTicket"("status", "createdAt");

-- CreateIndex
CREATE INDEX "HandoffTicket_conversationKey_createdAt_idx" ON "HandoffTicket"("conversationKey", "createdAt");

-- CreateIndex
CREATE INDEX "HandoffMessage_ticketId_id_idx" ON "HandoffMessage"("ticketId", "id");

-- CreateIndex
CREATE INDEX "HandoffMessage_deliveredAt_kind_idx" ON "HandoffMessage"("deliveredAt", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "HelpDeskAgent_username_key" ON "HelpDeskAgent"("username");

-- CreateIndex
CREATE INDEX "HelpDeskAgentSession_agentId_idx" ON "HelpDeskAgentSession"("agentId");

-- CreateIndex
CREATE INDEX "HandoffWebhookDelivery_status_nextAttemptAt_idx" ON "HandoffWebhookDelivery"("status", "nextAttemptAt");

