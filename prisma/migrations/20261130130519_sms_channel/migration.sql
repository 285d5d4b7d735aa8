-- CreateTable
CREATE TABLE "SmsSender" (
    "phoneHash" TEXT NOT NULL PRIMARY KEY,
    "optedOutAt" DATETIME,
    "inFlow" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SmsInboundMessage" (
    "messageSid" TEXT NOT NULL PRIMARY KEY,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "SmsInboundMessage_receivedAt_idx" ON "SmsInboundMessage"("receivedAt");

