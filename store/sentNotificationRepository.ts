import { createUnlessTaken } from './storeErrors';
import type { StoreClient } from './storeClient';

/** The idempotency ledger of real senders (SentNotification): one row per key, and never a body. */
export class SentNotificationRepository {
    constructor(private readonly db: StoreClient) {}

    /** True if this call now holds the key; false if it was claimed before (by a send that is done or still going). */
    async claim(idempotencyKey: string, channel: string): Promise<boolean> {
        return createUnlessTaken(() => this.db.sentNotification.create({ data: { idempotencyKey, channel } }));
    }

    /** Gives a key back, so it can be claimed again. */
    async release(idempotencyKey: string): Promise<void> {
        await this.db.sentNotification.deleteMany({ where: { idempotencyKey } });
    }
}
