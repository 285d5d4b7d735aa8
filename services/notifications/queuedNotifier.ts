import crypto from 'node:crypto';
import type { NotificationQueueRepository } from '../../store/notificationQueueRepository';
import type { Clock } from '../accounts/clock';
import type { SecretBox } from '../accounts/secretBox';
import type { RateLimiter, RateLimitRule } from '../limits/rateLimiter';
import { maskRecipient } from './maskRecipient';
import type { NotificationLogger } from './notificationLogger';
import { NotificationFailed, type MessageKind, type NotificationChannel, type Notifier, type OutboundMessage, type SendResult } from './notifier';
import { parseOutboundMessage } from './outboundMessageSchema';

const HOUR_SECONDS = 3600;

/** The limits on what one recipient and one conversation can be sent (from the NOTIFY_* variables). */
export interface NotificationLimits {
    codesPerRecipientPerHour: number;
    codeMinGapSeconds: number;
    messagesPerRecipientPerHour: number;
    codesPerConversationPerHour: number;
    /** Chat replies to one number that texts us (kind `reply`), counted apart from codes and notices. */
    repliesPerRecipientPerHour: number;
}

export interface QueuedNotifierOptions {
    queue: NotificationQueueRepository;
    limiter: RateLimiter;
    /** Seals subject and body at rest and hashes recipients into limit bucket names. */
    secretBox: SecretBox;
    limits: NotificationLimits;
    /** Numbers that texted STOP: nothing is queued for them until they text START. */
    smsOptOuts?: { isOptedOut(phone: string): Promise<boolean> };
    /** Called after a message is queued, so the worker sends it now rather than at its next poll. */
    onQueued?: () => void;
    logger?: NotificationLogger;
    /** Counts what happened to each message (the transport's metrics implement it). */
    counter?: NotificationCounter;
    now?: Clock;
}

/** What became of one message handed to the notifier: queued to send, a duplicate, opted out, or refused by limits. */
export type NotificationOutcome = 'queued' | 'duplicate' | 'optedOut' | 'limited';

/** Where notification outcomes are counted; `limits` names the limits that refused a `limited` message. */
export interface NotificationCounter {
    notification(event: { channel: NotificationChannel; kind: MessageKind; outcome: NotificationOutcome; limits?: string[] }): void;
}

/** The limit a message counts against: a name for the log line, an opaque bucket, a rule. */
interface LimitCheck {
    limit: string;
    bucket: string;
    rule: RateLimitRule;
}

/**
 * The application's Notifier. It checks the message, applies the per-recipient and per-conversation limits, and
 * writes the message (subject and body sealed) to the QueuedNotification table, from which the NotificationWorker
 * sends it. It returns without waiting for the send, so no answer's timing depends on a mail server, and a message
 * survives a restart. Past a limit, nothing is queued and the result is `limited`, which callers treat like any
 * other result, so the user hears the usual answer.
 */
export class QueuedNotifier implements Notifier {
    private readonly now: Clock;

    constructor(private readonly options: QueuedNotifierOptions) {
        this.now = options.now ?? (() => new Date());
    }

    async send(message: OutboundMessage): Promise<SendResult> {
        const parsed = parseOutboundMessage(message);
        const { queue, secretBox, logger } = this.options;
        const fields = { channel: parsed.channel, to: maskRecipient(parsed.channel, parsed.to), idempotencyKey: parsed.idempotencyKey };
        const count = (outcome: NotificationOutcome, limits?: string[]) =>
            this.options.counter?.notification({ channel: parsed.channel, kind: parsed.kind ?? 'notice', outcome, limits });

        // A retried turn, or a re-delivery of a live code, reaches here with the same key: no new message, no count.
        if (await this.isQueuedAlready(parsed.idempotencyKey)) {
            logger?.info(fields, 'notification already queued; not queueing again');
            count('duplicate');
            return { status: 'duplicate' };
        }

        if (parsed.channel === 'sms' && (await this.options.smsOptOuts?.isOptedOut(parsed.to))) {
            logger?.info({ ...fields, kind: parsed.kind ?? 'notice' }, 'notification not queued: the number opted out of texts');
            count('optedOut');
            return { status: 'limited' };
        }

        const checks = this.limitChecks(parsed);
        const verdict = await this.options.limiter.take(
            checks.map((check) => check.bucket),
            checks.map((check) => check.rule),
        );
        if (!verdict.allowed) {
            const limits = await this.refusingLimits(checks);
            logger?.warn({ ...fields, kind: parsed.kind ?? 'notice', limits, retryAfterSeconds: verdict.retryAfterSeconds }, 'notification refused by limit');
            count('limited', limits);
            return { status: 'limited' };
        }

        const id = crypto.randomUUID();
        let queued: boolean;
        try {
            queued = await queue.enqueue({
                id,
                channel: parsed.channel,
                to: parsed.to,
                sealedSubject: parsed.channel === 'email' && parsed.subject !== undefined ? secretBox.seal(parsed.subject, queuedSealContext(id, 'subject')) : null,
                sealedBody: secretBox.seal(parsed.body, queuedSealContext(id, 'body')),
                idempotencyKey: parsed.idempotencyKey,
                nextAttemptAt: this.now(),
            });
        } catch (error) {
            throw new NotificationFailed('the notification queue could not be written', parsed.channel, true, 'unavailable', { cause: error });
        }
        if (!queued) {
            logger?.info(fields, 'notification already queued; not queueing again');
            count('duplicate');
            return { status: 'duplicate' };
        }
        logger?.info({ ...fields, queuedId: id }, 'notification queued');
        count('queued');
        this.options.onQueued?.();
        return { status: 'queued' };
    }

    private async isQueuedAlready(idempotencyKey: string): Promise<boolean> {
        return this.options.queue.hasKey(idempotencyKey);
    }

    /** Every limit this message counts against. Bucket names carry keyed hashes, never an address or number. */
    private limitChecks(message: OutboundMessage): LimitCheck[] {
        const { limits, secretBox } = this.options;
        const recipient = secretBox.fingerprint(`notify-recipient:${normaliseRecipient(message.channel, message.to)}`);
        if (message.kind === 'reply') {
            return [{ limit: 'repliesPerRecipient', bucket: `notify:replies:recipient:${recipient}`, rule: { max: limits.repliesPerRecipientPerHour, windowSeconds: HOUR_SECONDS } }];
        }
        const checks: LimitCheck[] = [
            { limit: 'messagesPerRecipient', bucket: `notify:messages:recipient:${recipient}`, rule: { max: limits.messagesPerRecipientPerHour, windowSeconds: HOUR_SECONDS } },
        ];
        if (message.kind === 'code') {
            checks.push({
                limit: 'codesPerRecipient',
                bucket: `notify:codes:recipient:${recipient}`,
                rule: { max: limits.codesPerRecipientPerHour, windowSeconds: HOUR_SECONDS },
            });
            // The gap holds between codes of one group (one purpose): a burst of sign-up codes to one address is held
            // back, while the next step's code (two-step setup after the email confirmation) goes out at once.
            if (limits.codeMinGapSeconds > 0) {
                checks.push({
                    limit: 'codeMinGap',
                    bucket: `notify:codes:recipient:${recipient}:group:${message.codeGroup ?? 'any'}`,
                    rule: { max: Number.MAX_SAFE_INTEGER, windowSeconds: limits.codeMinGapSeconds, minGapSeconds: limits.codeMinGapSeconds },
                });
            }
            if (message.conversationKey !== undefined) {
                const conversation = secretBox.fingerprint(`notify-conversation:${message.conversationKey}`);
                checks.push({
                    limit: 'codesPerConversation',
                    bucket: `notify:codes:conversation:${conversation}`,
                    rule: { max: limits.codesPerConversationPerHour, windowSeconds: HOUR_SECONDS },
                });
            }
        }
        return checks;
    }

    /** Which limits refused, for the log line (take() says only that one did; check() counts nothing). */
    private async refusingLimits(checks: LimitCheck[]): Promise<string[]> {
        const refusing: string[] = [];
        for (const check of checks) {
            if (!(await this.options.limiter.check(check.bucket, check.rule)).allowed) refusing.push(check.limit);
        }
        return refusing;
    }
}

/** Addresses differ only in case and spaces are the same mailbox for the limits; E.164 numbers are already canonical. */
export function normaliseRecipient(channel: NotificationChannel, to: string): string {
    return channel === 'email' ? `email:${to.trim().toLowerCase()}` : `sms:${to.trim()}`;
}

/** The SecretBox context of a queued message's sealed subject or body: bound to the row, so it opens nowhere else. */
export function queuedSealContext(id: string, part: 'subject' | 'body'): string {
    return `queued-notification:${id}:${part}`;
}
