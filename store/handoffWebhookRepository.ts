import type { StoreClient } from './storeClient';

export interface WebhookDeliveryRecord {
    id: string;
    ticketId: string;
    event: string;
    body: string;
    attempts: number;
}

/** Ticket events waiting to be POSTed to the configured webhook (HandoffWebhookDelivery). */
export class HandoffWebhookRepository {
    constructor(private readonly db: StoreClient) {}

    async enqueue(delivery: { id: string; ticketId: string; event: string; body: string; nextAttemptAt: Date }): Promise<void> {
        await this.db.handoffWebhookDelivery.create({ data: { ...delivery, status: 'pending' } });
    }

    /** Claims due deliveries (conditional updates, so two processes never send one twice), oldest first. */
    async claimDue(now: Date, claimedUntil: Date, limit: number): Promise<WebhookDeliveryRecord[]> {
        const due = { status: 'pending', nextAttemptAt: { lte: now }, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] };
        const candidates = await this.db.handoffWebhookDelivery.findMany({ where: due, orderBy: { createdAt: 'asc' }, take: limit });
        const claimed: WebhookDeliveryRecord[] = [];
        for (const row of candidates) {
            const taken = await this.db.handoffWebhookDelivery.updateMany({ where: { id: row.id, ...due }, data: { claimedUntil, attempts: { increment: 1 } } });
            if (taken.count === 1) claimed.push({ id: row.id, ticketId: row.ticketId, event: row.event, body: row.body, attempts: row.attempts + 1 });
        }
        return claimed;
    }

    async finish(id: string, status: 'delivered' | 'failed', lastStatus: number | null): Promise<void> {
        await this.db.handoffWebhookDelivery.updateMany({ where: { id }, data: { status, lastStatus, claimedUntil: null } });
    }

    async retryAt(id: string, nextAttemptAt: Date, lastStatus: number | null): Promise<void> {
        await this.db.handoffWebhookDelivery.updateMany({ where: { id }, data: { nextAttemptAt, lastStatus, claimedUntil: null } });
    }
}
