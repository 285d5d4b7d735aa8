import type { NotificationChannel } from './notifier';

/** Why a notification was not sent, for callers that branch on it and for logs. */
export type NotificationFailureReason = 'invalid-message' | 'opted-out' | 'rejected' | 'unavailable' | 'misconfigured';

/**
 * A message was not sent. `retryable` says whether sending the same message again later may succeed (network
 * trouble, 429, 5xx); the idempotency key has been released either way, so a retry really sends.
 */
export class NotificationFailed extends Error {
    constructor(
        message: string,
        readonly channel: NotificationChannel,
        readonly retryable: boolean,
        readonly reason: NotificationFailureReason = retryable ? 'unavailable' : 'rejected',
        options?: { cause?: unknown },
    ) {
        super(message, options);
        this.name = 'NotificationFailed';
    }
}

/** The phone number replied STOP; Twilio refuses to text it (error 21610) until it sends START. Never retry. */
export class RecipientOptedOut extends NotificationFailed {
    constructor(options?: { cause?: unknown }) {
        super('the recipient has opted out of SMS (Twilio error 21610)', 'sms', false, 'opted-out', options);
        this.name = 'RecipientOptedOut';
    }
}

/** The message itself is unusable (bad address, body too long); a programming or validation error upstream. */
export class InvalidOutboundMessage extends NotificationFailed {
    constructor(
        channel: NotificationChannel,
        readonly problems: string[],
    ) {
        super(`invalid ${channel} message: ${problems.join('; ')}`, channel, false, 'invalid-message');
        this.name = 'InvalidOutboundMessage';
    }
}
