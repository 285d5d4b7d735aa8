-- CreateTable
CREATE TABLE "FunnelEvent" (
    "id" SERIAL NOT NULL,
    "conversation" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "flow" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "step" TEXT,
    "language" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FunnelEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FunnelEvent_at_idx" ON "FunnelEvent"("at");

-- CreateIndex
CREATE INDEX "FunnelEvent_instance_idx" ON "FunnelEvent"("instance");
