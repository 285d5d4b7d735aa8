-- CreateTable
CREATE TABLE "BotStateItem" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "document" TEXT NOT NULL,
    "eTag" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DirectLineConversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "locale" TEXT,
    "started" BOOLEAN NOT NULL DEFAULT false,
    "nextSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DirectLineActivity" (
    "conversationId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "activityId" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("conversationId", "sequence"),
    CONSTRAINT "DirectLineActivity_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "DirectLineConversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DirectLineToken" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DirectLineToken_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "DirectLineConversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DirectLineConversation_lastActivityAt_idx" ON "DirectLineConversation"("lastActivityAt");

-- CreateIndex
CREATE INDEX "DirectLineActivity_activityId_idx" ON "DirectLineActivity"("activityId");

-- CreateIndex
CREATE INDEX "DirectLineToken_conversationId_idx" ON "DirectLineToken"("conversationId");

