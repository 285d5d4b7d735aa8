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
    ])('rejects a malformed %s, naming it', (name, value) => {
        const result = z.object(notificationConfigShape).safeParse({ [name]: value });
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([name]);
    });
});
