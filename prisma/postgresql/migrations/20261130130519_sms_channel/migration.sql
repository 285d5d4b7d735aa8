-- CreateTable
CREATE TABLE "SmsSender" (
    "phoneHash" TEXT NOT NULL,
    "optedOutAt" TIMESTAMP(3),
    "inFlow" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SmsSender_pkey" PRIMARY KEY ("phoneHash")
);

-- CreateTable
CREATE TABLE "SmsInboundMessage" (
    "messageSid" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsInboundMessage_pkey" PRIMARY KEY ("messageSid")
);

-- CreateIndex
CREATE INDEX "SmsInboundMessage_receivedAt_idx" ON "SmsInboundMessage"("receivedAt");

