import { z } from 'zod';
import { notificationConfigShape, parseNotificationConfig } from '../../../services/notifications/notificationConfig';

describe('notification config', () => {
    it('defaults to nothing configured, the public Twilio API and a 10 s timeout', () => {
        expect(parseNotificationConfig({})).toEqual({
            SMTP_URL: '',
            MAIL_FROM: '',
            TWILIO_ACCOUNT_SID: '',
            TWILIO_AUTH_TOKEN: '',
            TWILIO_FROM_NUMBER: '',
            TWILIO_MESSAGING_SERVICE_SID: '',
            TWILIO_API_BASE_URL: 'https://api.twilio.com',
            NOTIFICATION_TIMEOUT_MS: 10000,
            NOTIFY_CODES_PER_RECIPIENT_PER_HOUR: 5,
            NOTIFY_CODE_MIN_GAP_SECONDS: 20,
            NOTIFY_MESSAGES_PER_RECIPIENT_PER_HOUR: 20,
            NOTIFY_CODES_PER_CONVERSATION_PER_HOUR: 10,
            NOTIFY_SMS_REPLIES_PER_RECIPIENT_PER_HOUR: 60,
        });
    });

    it('accepts well-formed values', () => {
        const config = parseNotificationConfig({
            SMTP_URL: 'smtps://user:pa%40ss@smtp.example.org:465',
            MAIL_FROM: 'Sendero <no-reply@example.org>',
            TWILIO_ACCOUNT_SID: `AC${'a1'.repeat(16)}`,
            TWILIO_MESSAGING_SERVICE_SID: `MG${'B2'.repeat(16)}`,
            NOTIFICATION_TIMEOUT_MS: '2500',
        });
        expect(config.NOTIFICATION_TIMEOUT_MS).toBe(2500);
        expect(config.MAIL_FROM).toBe('Sendero <no-reply@example.org>');
    });

    it.each([
        ['SMTP_URL', 'http://mail.example.org'],
        ['MAIL_FROM', 'nobody'],
        ['TWILIO_ACCOUNT_SID', 'AC123'],
        ['TWILIO_FROM_NUMBER', '555-0100'],
        ['TWILIO_MESSAGING_SERVICE_SID', 'MG-nope'],
        ['TWILIO_API_BASE_URL', 'ftp://api.twilio.com'],
        ['NOTIFICATION_TIMEOUT_MS', '0'],
        ['NOTIFY_CODES_PER_RECIPIENT_PER_HOUR', '0'],
        ['NOTIFY_CODE_MIN_GAP_SECONDS', '-1'],
        ['NOTIFY_MESSAGES_PER_RECIPIENT_PER_HOUR', 'many'],
        ['NOTIFY_CODES_PER_CONVERSATION_PER_HOUR', '1.5'],
        ['DEV_OUTBOX', 'maybe'],
    ])('rejects a malformed %s, naming it', (name, value) => {
        const result = z.object(notificationConfigShape).safeParse({ [name]: value });
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([name]);
    });
});
