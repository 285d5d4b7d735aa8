import { z } from 'zod';
import { E164_PHONE } from './outboundMessageSchema';

// Optional strings default to '' (unset), like the rest of bot/config.ts; a set value must be well formed.
const optionalMatching = (pattern: RegExp, expected: string) =>
    z
        .string()
        .trim()
        .refine((value) => value === '' || pattern.test(value), { message: `expected ${expected}` })
        .default('');

/**
 * The notification variables, as a zod object shape for the main config schema to spread in. Cross-variable rules
 * (a sender configured halfway) are in notificationConfigProblems, which createNotifier enforces.
 */
export const notificationConfigShape = {
    /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465; empty = emails go to the dev outbox. */
    SMTP_URL: optionalMatching(/^smtps?:\/\/[^/\s]+/i, 'an smtp:// or smtps:// URL, like smtps://user:pass@smtp.example.com:465'),
    /** The From header of every email, `no-reply@example.org` or `Sendero <no-reply@example.org>`. Required with SMTP_URL. */
    MAIL_FROM: optionalMatching(/^(?:[^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, 'an address like Sendero <no-reply@example.org>'),
    /** Twilio account SID (AC + 32 hex); with TWILIO_AUTH_TOKEN and a sender, SMS go through Twilio. */
    TWILIO_ACCOUNT_SID: optionalMatching(/^AC[0-9a-fA-F]{32}$/, 'a Twilio account SID like AC followed by 32 hex digits'),
    TWILIO_AUTH_TOKEN: z.string().trim().default(''),
    /** The sending number, E.164. Either this or TWILIO_MESSAGING_SERVICE_SID. */
    TWILIO_FROM_NUMBER: optionalMatching(E164_PHONE, 'an E.164 phone number like +15551234567'),
    /** A Messaging Service (MG + 32 hex); preferred over TWILIO_FROM_NUMBER when both are set. */
    TWILIO_MESSAGING_SERVICE_SID: optionalMatching(/^MG[0-9a-fA-F]{32}$/, 'a Messaging Service SID like MG followed by 32 hex digits'),
    /** Where the Twilio REST API lives; tests point it at a local server. */
    TWILIO_API_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://api.twilio.com'),
    /** How long one send (SMTP connection and each SMTP step, or the Twilio request) may take before it fails as retryable. */
    NOTIFICATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(10000),

    // Limits against message bombing; past one, nothing is sent and the user hears the usual answer.
    /** One-time codes to one email address or phone number per rolling hour. */
    NOTIFY_CODES_PER_RECIPIENT_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
    /** Seconds that must pass between two codes to the same recipient (0 = no gap). */
    NOTIFY_CODE_MIN_GAP_SECONDS: z.coerce.number().int().min(0).max(3600).default(20),
    /** Every message (codes and notices) to one recipient per rolling hour; looser, so a notice after a code goes out. */
    NOTIFY_MESSAGES_PER_RECIPIENT_PER_HOUR: z.coerce.number().int().min(1).max(10000).default(20),
    /** One-time codes asked for by one conversation per rolling hour, whatever the recipients. */
    NOTIFY_CODES_PER_CONVERSATION_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(10),
    /** Chat replies sent by the Twilio API to one number that texts us, per rolling hour (replies inside the webhook's answer are not counted). */
    NOTIFY_SMS_REPLIES_PER_RECIPIENT_PER_HOUR: z.coerce.number().int().min(1).max(10000).default(60),

    /** GET /dev/outbox: served only with NODE_ENV=development; this turns it off there too (unset = on). */
    DEV_OUTBOX: z.stringbool().optional(),
};

const notificationConfigSchema = z.object(notificationConfigShape);

export type NotificationConfig = z.infer<typeof notificationConfigSchema>;

/** Parses just the notification variables (for tests and tools; the app uses the main config schema). */
export function parseNotificationConfig(env: Record<string, string | undefined>): NotificationConfig {
    return notificationConfigSchema.parse(env);
}

export function isSmtpConfigured(config: NotificationConfig): boolean {
    return config.SMTP_URL !== '';
}

export function isTwilioConfigured(config: NotificationConfig): boolean {
    return config.TWILIO_ACCOUNT_SID !== '' && config.TWILIO_AUTH_TOKEN !== '';
}

/**
 * What production lacks to send: the account flows send codes by email and by text, and production has no dev outbox
 * (it would keep codes in plain text), so every sender variable is required. One line per variable; empty when usable.
 * Covers every problem notificationConfigProblems finds.
 */
export function productionNotificationProblems(config: NotificationConfig): string[] {
    const required = (name: keyof NotificationConfig, why: string) => (config[name] === '' ? [`${name}: required in production (${why})`] : []);
    const problems = [
        ...required('SMTP_URL', 'codes are sent by email'),
        ...required('MAIL_FROM', 'the From address of every email'),
        ...required('TWILIO_ACCOUNT_SID', 'codes are sent by text'),
        ...required('TWILIO_AUTH_TOKEN', 'codes are sent by text'),
    ];
    if (config.TWILIO_FROM_NUMBER === '' && config.TWILIO_MESSAGING_SERVICE_SID === '') {
        problems.push('TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID: one is required in production (codes are sent by text)');
    }
    return problems;
}

/** Whether GET /dev/outbox may be served at all: only in development, and only while DEV_OUTBOX is not false. */
export function isDevOutboxEnabled(config: Pick<NotificationConfig, 'DEV_OUTBOX'> & { NODE_ENV: string }): boolean {
    return config.NODE_ENV === 'development' && (config.DEV_OUTBOX ?? true);
}

/** What a configuration leaves half done, one line per problem naming the variable; empty when usable. */
export function notificationConfigProblems(config: NotificationConfig): string[] {
    const problems: string[] = [];
    if (isSmtpConfigured(config) && config.MAIL_FROM === '') problems.push('MAIL_FROM: required when SMTP_URL is set');
    const twilioParts = [config.TWILIO_ACCOUNT_SID, config.TWILIO_AUTH_TOKEN, config.TWILIO_FROM_NUMBER, config.TWILIO_MESSAGING_SERVICE_SID];
    if (twilioParts.some((value) => value !== '')) {
        if (config.TWILIO_ACCOUNT_SID === '') problems.push('TWILIO_ACCOUNT_SID: required when any TWILIO_ variable is set');
        if (config.TWILIO_AUTH_TOKEN === '') problems.push('TWILIO_AUTH_TOKEN: required when any TWILIO_ variable is set');
        if (config.TWILIO_FROM_NUMBER === '' && config.TWILIO_MESSAGING_SERVICE_SID === '') {
            problems.push('TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID: one is required to send SMS through Twilio');
        }
    }
    return problems;
}
