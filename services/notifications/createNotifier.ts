import type { Repositories } from '../../store/repositories';
import type { Clock } from '../accounts/clock';
import type { SecretBox } from '../accounts/secretBox';
import { RateLimiter } from '../limits/rateLimiter';
import {
    isSmtpConfigured,
    isTwilioConfigured,
    notificationConfigProblems,
    productionNotificationProblems,
    type NotificationConfig,
} from './notificationConfig';
import type { NotificationLogger } from './notificationLogger';
import type { NotificationChannel, Notifier, OutboundMessage, SendResult } from './notifier';
import { NotificationWorker, type NotificationWorkerOptions } from './notificationWorker';
import { OutboxNotifier } from './outboxNotifier';
import { QueuedNotifier, type NotificationLimits, type QueuedNotifierOptions } from './queuedNotifier';
import { SentNotificationLedger } from './sentNotificationLedger';
import { SmtpNotifier } from './smtpNotifier';
import { TwilioSmsNotifier } from './twilioSmsNotifier';

/** Which implementation serves each channel under a configuration. */
export interface NotificationRouting {
    email: 'smtp' | 'outbox';
    sms: 'twilio' | 'outbox';
}

export function notificationRouting(config: NotificationConfig): NotificationRouting {
    return {
        email: isSmtpConfigured(config) ? 'smtp' : 'outbox',
        sms: isTwilioConfigured(config) ? 'twilio' : 'outbox',
    };
}

/** The configuration sets a sender up halfway; the message names every variable to fix. */
export class NotificationConfigInvalid extends Error {
    constructor(readonly problems: string[]) {
        super(`the notification configuration is incomplete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.name = 'NotificationConfigInvalid';
    }
}

/** A Notifier that hands each message to the notifier of its channel. */
class ChannelRouter implements Notifier {
    constructor(private readonly byChannel: Record<NotificationChannel, Notifier>) {}

    send(message: OutboundMessage): Promise<SendResult> {
        return this.byChannel[message.channel === 'sms' ? 'sms' : 'email'].send(message);
    }
}

/** The configuration createNotifier reads; NODE_ENV=production demands real senders for both channels. */
export type NotifierConfig = NotificationConfig & { NODE_ENV?: string };

export interface CreateNotifierOptions {
    /** Seals queued messages at rest and hashes recipients for the limits (SecretBox over SECRETS_KEY). */
    secretBox: SecretBox;
    logger?: NotificationLogger;
    now?: Clock;
    /** Numbers that texted STOP (the SMS channel's record); nothing is queued for them. */
    smsOptOuts?: QueuedNotifierOptions['smsOptOuts'];
    /** Counts queued, duplicate, opted-out and limited messages (the metrics). */
    counter?: QueuedNotifierOptions['counter'];
    /** Worker tuning, for tests (poll interval, backoff, attempts). */
    worker?: Partial<Omit<NotificationWorkerOptions, 'queue' | 'secretBox' | 'senders' | 'logger' | 'now'>>;
}

/** What the application sends through, and the worker that does the sending. */
export interface Notifications {
    /** Validates, limits and queues; returns before anything is sent. */
    notifier: Notifier;
    /** Sends what is queued: start it once the app runs, stop it after the last turn. */
    worker: NotificationWorker;
}

/** The store a sender needs: the dev outbox and the ledger of keys sent. */
export type ChannelSenderRepositories = Pick<Repositories, 'outbox' | 'sentNotifications'>;

/** The store the notifications need: the senders', the queue, and the rate-limit events. */
export type NotificationRepositories = ChannelSenderRepositories & Pick<Repositories, 'notificationQueue' | 'rateLimits'>;

/**
 * The real sender of each channel: email → SMTP if SMTP_URL is set, else the dev outbox; SMS → Twilio if it is
 * configured, else the dev outbox. Throws NotificationConfigInvalid for a half-configured sender (so a typo fails at
 * start-up rather than silently sending codes to the outbox) and, in production, for any missing sender.
 */
export function createChannelSender(config: NotifierConfig, repositories: ChannelSenderRepositories, logger?: NotificationLogger): Notifier {
    const problems = config.NODE_ENV === 'production' ? productionNotificationProblems(config) : notificationConfigProblems(config);
    if (problems.length > 0) throw new NotificationConfigInvalid(problems);

    const routing = notificationRouting(config);
    const ledger = new SentNotificationLedger(repositories.sentNotifications);
    const outbox = new OutboxNotifier(repositories.outbox, logger);
    const email =
        routing.email === 'smtp'
            ? new SmtpNotifier({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, timeoutMs: config.NOTIFICATION_TIMEOUT_MS }, ledger, logger)
            : outbox;
    const sms =
        routing.sms === 'twilio'
            ? new TwilioSmsNotifier(
                  {
                      accountSid: config.TWILIO_ACCOUNT_SID,
                      authToken: config.TWILIO_AUTH_TOKEN,
                      fromNumber: config.TWILIO_FROM_NUMBER,
                      messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID,
                      apiBaseUrl: config.TWILIO_API_BASE_URL,
                      timeoutMs: config.NOTIFICATION_TIMEOUT_MS,
                  },
                  ledger,
                  logger,
              )
            : outbox;
    logger?.info({ routing }, 'notification senders chosen');
    return new ChannelRouter({ email, sms });
}

/**
 * Builds the application's Notifier: a QueuedNotifier (limits from the NOTIFY_* variables, messages sealed in
 * QueuedNotification) and the NotificationWorker that sends the queue through createChannelSender's senders.
 */
export function createNotifier(config: NotifierConfig, repositories: NotificationRepositories, options: CreateNotifierOptions): Notifications {
    const sender = createChannelSender(config, repositories, options.logger);
    const worker = new NotificationWorker({
        queue: repositories.notificationQueue,
        secretBox: options.secretBox,
        senders: { email: sender, sms: sender },
        logger: options.logger,
        now: options.now,
        // A claim outlasts the slowest send: SMTP may spend the timeout on each of its steps.
        claimMs: Math.max(120_000, 6 * config.NOTIFICATION_TIMEOUT_MS),
        ...options.worker,
    });
    const notifier = new QueuedNotifier({
        queue: repositories.notificationQueue,
        limiter: new RateLimiter(repositories.rateLimits, options.now),
        secretBox: options.secretBox,
        limits: notificationLimits(config),
        smsOptOuts: options.smsOptOuts,
        onQueued: () => worker.wake(),
        logger: options.logger,
        counter: options.counter,
        now: options.now,
    });
    return { notifier, worker };
}

export function notificationLimits(config: NotificationConfig): NotificationLimits {
    return {
        codesPerRecipientPerHour: config.NOTIFY_CODES_PER_RECIPIENT_PER_HOUR,
        codeMinGapSeconds: config.NOTIFY_CODE_MIN_GAP_SECONDS,
        messagesPerRecipientPerHour: config.NOTIFY_MESSAGES_PER_RECIPIENT_PER_HOUR,
        codesPerConversationPerHour: config.NOTIFY_CODES_PER_CONVERSATION_PER_HOUR,
        repliesPerRecipientPerHour: config.NOTIFY_SMS_REPLIES_PER_RECIPIENT_PER_HOUR,
    };
}
