-- CreateTable
CREATE TABLE "QueuedNotification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "sealedSubject" TEXT,
    "sealedBody" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimedUntil" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "RateLimitEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bucket" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DirectLineToken" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "chainStartedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DirectLineToken_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "DirectLineConversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DirectLineToken" ("conversationId", "createdAt", "expiresAt", "tokenHash") SELECT "conversationId", "createdAt", "expiresAt", "tokenHash" FROM "DirectLineToken";
DROP TABLE "DirectLineToken";
ALTER TABLE "new_DirectLineToken" RENAME TO "DirectLineToken";
CREATE INDEX "DirectLineToken_conversationId_idx" ON "DirectLineToken"("conversationId");
CREATE TABLE "new_OneTimeCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "purpose" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "issueNumber" INTEGER NOT NULL,
    "codeHash" TEXT NOT NULL,
    "destination" TEXT NOT NULL DEFAULT '',
    "sealedCode" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sentAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "consumedAt" DATETIME,
    "supersededAt" DATETIME
);
INSERT INTO "new_OneTimeCode" ("attempts", "channel", "codeHash", "consumedAt", "expiresAt", "id", "issueNumber", "purpose", "sealedCode", "sentAt", "subjectId", "supersededAt") SELECT "attempts", "channel", "codeHash", "consumedAt", "expiresAt", "id", "issueNumber", "purpose", "sealedCode", "sentAt", "subjectId", "supersededAt" FROM "OneTimeCode";
DROP TABLE "OneTimeCode";
ALTER TABLE "new_OneTimeCode" RENAME TO "OneTimeCode";
CREATE UNIQUE INDEX "OneTimeCode_purpose_subjectId_channel_issueNumber_key" ON "OneTimeCode"("purpose", "subjectId", "channel", "issueNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "QueuedNotification_idempotencyKey_key" ON "QueuedNotification"("idempotencyKey");

-- CreateIndex
CREATE INDEX "QueuedNotification_status_nextAttemptAt_idx" ON "QueuedNotification"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "RateLimitEvent_bucket_at_idx" ON "RateLimitEvent"("bucket", "at");

