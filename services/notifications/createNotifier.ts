import type { StoreClient } from '../../store/storeClient';
import {
    isSmtpConfigured,
    isTwilioConfigured,
    notificationConfigProblems,
    type NotificationConfig,
} from './notificationConfig';
import type { NotificationLogger } from './notificationLogger';
import type { NotificationChannel, Notifier, OutboundMessage, SendResult } from './notifier';
import { OutboxNotifier } from './outboxNotifier';
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

/**
 * Builds the application's Notifier: email → SMTP if SMTP_URL is set, else the dev outbox; SMS → Twilio if it is
 * configured, else the dev outbox. Throws NotificationConfigInvalid for a half-configured sender, so a typo fails at
 * start-up rather than silently sending codes to the outbox.
 */
export function createNotifier(config: NotificationConfig, store: StoreClient, logger?: NotificationLogger): Notifier {
    const problems = notificationConfigProblems(config);
    if (problems.length > 0) throw new NotificationConfigInvalid(problems);

    const routing = notificationRouting(config);
    const ledger = new SentNotificationLedger(store);
    const outbox = new OutboxNotifier(store, logger);
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
