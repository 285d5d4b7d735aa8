import type { StoreClient } from '../../store/storeClient';
import type { NotificationChannel } from './notifier';

/** One outbox message as the dev pages show it (no id, no idempotency key). */
export interface OutboxEntry {
    channel: NotificationChannel;
    to: string;
    subject: string | null;
    body: string;
    createdAt: Date;
}

export interface OutboxQuery {
    /** Only these channels (the ones without a real sender). */
    channels: NotificationChannel[];
    /** Exact recipient, when given. */
    to?: string;
    limit: number;
}

/** The newest outbox messages first. */
export async function listOutboxMessages(store: StoreClient, query: OutboxQuery): Promise<OutboxEntry[]> {
    const rows = await store.outboxMessage.findMany({
        where: { channel: { in: query.channels }, ...(query.to === undefined ? {} : { to: query.to }) },
        // id breaks ties between messages written in the same millisecond.
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit,
        select: { channel: true, to: true, subject: true, body: true, createdAt: true },
    });
    return rows.map((row) => ({ ...row, channel: row.channel === 'sms' ? 'sms' : 'email' }));
}
