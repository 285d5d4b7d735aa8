import type { OutboxRepository } from '../../store/outboxRepository';
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
export async function listOutboxMessages(outbox: OutboxRepository, query: OutboxQuery): Promise<OutboxEntry[]> {
    const rows = await outbox.listNewest(query);
    return rows.map((row) => ({ ...row, channel: row.channel === 'sms' ? 'sms' : 'email' }));
}
