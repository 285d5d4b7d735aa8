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
    /**
     * `code`: carries a one-time code (tighter limits); `notice` (the default): anything else, e.g. "account created";
     * `reply`: a chat reply to someone who texts us (an SMS conversation), limited on its own so a long chat does not
     * use up the allowance for codes and notices.
     */
    kind?: MessageKind;
    /**
     * For codes: what the code is for (e.g. its purpose). The minimum gap between two codes to one recipient holds
     * within a group, so confirming an email and then setting up two-step by email are not held back by each other.
     */
    codeGroup?: string;
}

export type MessageKind = 'code' | 'notice' | 'reply';

/**
 * `sent`: handed to the sender. `queued`: accepted; the notification worker sends it shortly. `duplicate`: a message
 * with this idempotency key was already sent or queued; nothing new now. `limited`: refused by a per-recipient or
 * per-conversation limit and not sent. Callers treat every status alike (the user hears the same answer whatever
 * happened, so an attacker learns nothing), which is why `limited` is a result and not an error.
 */
export interface SendResult {
    status: 'sent' | 'queued' | 'duplicate' | 'limited';
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
