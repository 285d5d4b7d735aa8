import type { OutboxRepository } from '../../store/outboxRepository';
import { maskRecipient } from './maskRecipient';
import type { NotificationLogger } from './notificationLogger';
import { NotificationFailed, type Notifier, type OutboundMessage, type SendResult } from './notifier';
import { parseOutboundMessage } from './outboundMessageSchema';

/**
 * The embedded default: instead of sending, writes each message to the OutboxMessage table, where a developer reads
 * it at GET /dev/outbox. The row is the send, so the unique idempotency key alone makes a second send a duplicate.
 */
export class OutboxNotifier implements Notifier {
    constructor(
        private readonly outbox: OutboxRepository,
        private readonly logger?: NotificationLogger,
    ) {}

    async send(message: OutboundMessage): Promise<SendResult> {
        const { channel, to, subject, body, idempotencyKey } = parseOutboundMessage(message);
        let written: boolean;
        try {
            written = await this.outbox.add({ channel, to, subject: channel === 'email' ? (subject ?? null) : null, body, idempotencyKey });
        } catch (error) {
            throw new NotificationFailed('the dev outbox could not be written', channel, true, 'unavailable', { cause: error });
        }
        if (!written) {
            this.logger?.info({ channel, to: maskRecipient(channel, to), idempotencyKey }, 'notification already in the outbox');
            return { status: 'duplicate' };
        }
        this.logger?.info({ channel, to: maskRecipient(channel, to), idempotencyKey }, 'notification written to the dev outbox');
        return { status: 'sent' };
    }
}
