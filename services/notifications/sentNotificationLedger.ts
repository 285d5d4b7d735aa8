import type { StoreClient } from '../../store/storeClient';
import { isUniqueViolation } from './isUniqueViolation';
import { NotificationFailed } from './notificationErrors';
import type { NotificationChannel } from './notifier';

/**
 * The idempotency keys of messages handed to a real sender, kept in SentNotification without the body, so a code
 * sent by SMS or email is not stored. A key is claimed before sending and released if the send fails.
 */
export class SentNotificationLedger {
    constructor(private readonly store: StoreClient) {}

    /** True if this call now owns the key; false if another send already claimed it (sent, or still sending). */
    async claim(idempotencyKey: string, channel: NotificationChannel): Promise<boolean> {
        try {
            await this.store.sentNotification.create({ data: { idempotencyKey, channel } });
            return true;
        } catch (error) {
            if (isUniqueViolation(error)) return false;
            throw new NotificationFailed('the notification ledger could not be written', channel, true, 'unavailable', { cause: error });
        }
    }

    /** Gives a key back after a failed send, so a retry sends for real. */
    async release(idempotencyKey: string): Promise<void> {
        await this.store.sentNotification.deleteMany({ where: { idempotencyKey } });
    }
}
