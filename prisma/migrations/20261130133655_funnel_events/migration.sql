-- CreateTable
CREATE TABLE "FunnelEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "conversation" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "flow" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "step" TEXT,
    "language" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "FunnelEvent_at_idx" ON "FunnelEvent"("at");

-- CreateIndex
CREATE INDEX "FunnelEvent_instance_idx" ON "FunnelEvent"("instance");
