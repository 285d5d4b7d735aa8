-- CreateTable
CREATE TABLE "HandoffTicket" (
    "id" TEXT NOT NULL,
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
    "ratingAskedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closedBy" TEXT,

    CONSTRAINT "HandoffTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandoffMessage" (
    "id" SERIAL NOT NULL,
    "ticketId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "agentId" TEXT,
    "text" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),
    "claimedUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "HandoffMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpDeskAgent" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "sealedTotp" TEXT NOT NULL,
    "totpLastStep" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "HelpDeskAgent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpDeskAgentSession" (
    "tokenHash" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "csrfHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HelpDeskAgentSession_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateTable
CREATE TABLE "HandoffWebhookDelivery" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "claimedUntil" TIMESTAMP(3),
    "lastStatus" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandoffWebhookDelivery_pkey" PRIMARY KEY ("id")
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

