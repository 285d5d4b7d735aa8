import type { SentNotificationRepository } from '../../store/sentNotificationRepository';
import { NotificationFailed } from './notificationErrors';
import type { NotificationChannel } from './notifier';

/**
 * The idempotency keys of messages handed to a real sender, kept in SentNotification without the body, so a code
 * sent by SMS or email is not stored. A key is claimed before sending and released if the send fails.
 */
export class SentNotificationLedger {
    constructor(private readonly sent: SentNotificationRepository) {}

    /** True if this call now owns the key; false if another send already claimed it (sent, or still sending). */
    async claim(idempotencyKey: string, channel: NotificationChannel): Promise<boolean> {
        try {
            return await this.sent.claim(idempotencyKey, channel);
        } catch (error) {
            throw new NotificationFailed('the notification ledger could not be written', channel, true, 'unavailable', { cause: error });
        }
    }

    /** Gives a key back after a failed send, so a retry sends for real. */
    async release(idempotencyKey: string): Promise<void> {
        await this.sent.release(idempotencyKey);
    }
}
