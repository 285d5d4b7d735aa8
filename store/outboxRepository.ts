import { createUnlessTaken } from './storeErrors';
import type { StoreClient } from './storeClient';

/** A message for the development outbox (OutboxMessage), which stands in for a real sender. */
export interface OutboxMessageInput {
    channel: string;
    to: string;
    subject: string | null;
    body: string;
    idempotencyKey: string;
}

/** An outbox message as the dev pages show it (no id, no idempotency key). */
export interface OutboxMessageRecord {
    channel: string;
    to: string;
    subject: string | null;
    body: string;
    createdAt: Date;
}

/** The development outbox: what would have been sent, for a developer to read at GET /dev/outbox. */
export class OutboxRepository {
    constructor(private readonly db: StoreClient) {}

    /** Writes the message; false (nothing written) when its idempotency key is in the outbox already. */
    async add(message: OutboxMessageInput): Promise<boolean> {
        return createUnlessTaken(() => this.db.outboxMessage.create({ data: message }));
    }

    /** The newest messages first, on the given channels, to one recipient when `to` is given. */
    async listNewest(query: { channels: readonly string[]; to?: string; limit: number }): Promise<OutboxMessageRecord[]> {
        return this.db.outboxMessage.findMany({
            where: { channel: { in: [...query.channels] }, ...(query.to === undefined ? {} : { to: query.to }) },
            // id breaks ties between messages written in the same millisecond.
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            take: query.limit,
            select: { channel: true, to: true, subject: true, body: true, createdAt: true },
        });
    }
}
