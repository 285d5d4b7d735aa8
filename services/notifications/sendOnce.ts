import { maskRecipient } from './maskRecipient';
import type { NotificationLogger } from './notificationLogger';
import { NotificationFailed, type OutboundMessage, type SendResult } from './notifier';
import type { SentNotificationLedger } from './sentNotificationLedger';

/**
 * Runs one real send under its idempotency key: claim the key, send, and on failure release the key and rethrow.
 * A crash between claim and send leaves the key claimed, so that message is never sent; we prefer a missing code
 * (the user asks again, with a new key) over two codes.
 */
export async function sendOnce(
    ledger: SentNotificationLedger,
    message: OutboundMessage,
    deliver: () => Promise<void>,
    logger?: NotificationLogger,
): Promise<SendResult> {
    const fields = { channel: message.channel, to: maskRecipient(message.channel, message.to), idempotencyKey: message.idempotencyKey };
    if (!(await ledger.claim(message.idempotencyKey, message.channel))) {
        logger?.info(fields, 'notification already sent; not sending again');
        return { status: 'duplicate' };
    }
    try {
        await deliver();
    } catch (error) {
        const failure = error instanceof NotificationFailed ? { reason: error.reason, retryable: error.retryable } : {};
        logger?.warn({ ...fields, ...failure }, 'notification not sent');
        try {
            await ledger.release(message.idempotencyKey);
        } catch (releaseError) {
            // The send error is the one the caller needs; a stuck key only means this message cannot be retried.
            logger?.error({ ...fields, err: releaseError }, 'could not release the idempotency key after a failed send');
        }
        throw error;
    }
    logger?.info(fields, 'notification sent');
    return { status: 'sent' };
}
