/**
 * The one seam through which Sendero sends email and SMS. Services depend on `Notifier` only; which implementation
 * runs (dev outbox, SMTP, Twilio) is decided once, in createNotifier.
 */
export type NotificationChannel = 'email' | 'sms';

export interface OutboundMessage {
    channel: NotificationChannel;
    /** An email address, or an E.164 phone number (+15551234567). */
    to: string;
    /** Email only; ignored for SMS. */
    subject?: string;
    /** Plain text. */
    body: string;
    /** Same key => sent at most once (a retried turn never sends two codes). Opaque; must not contain secrets. */
    idempotencyKey: string;
    /** The conversation that asked for this message, when one did; limits count per conversation as well as per recipient. */
    conversationKey?: string;
}

/** `duplicate`: a message with this idempotency key was already sent (or is being sent); nothing was sent now. */
export interface SendResult {
    status: 'sent' | 'duplicate';
}

/**
 * Sends one message. Rejects with NotificationFailed (or its subclasses RecipientOptedOut, InvalidOutboundMessage)
 * when nothing was sent.
 *
 * @example
 * await notifier.send({ channel: 'sms', to: '+15551234567', body: 'Your code is 123456', idempotencyKey: `otp:${challengeId}` });
 */
export interface Notifier {
    send(message: OutboundMessage): Promise<SendResult>;
}

export { NotificationFailed, RecipientOptedOut, InvalidOutboundMessage, type NotificationFailureReason } from './notificationErrors';
