import { NotificationFailed, RecipientOptedOut } from '../../../services/notifications/notifier';
import { SentNotificationLedger } from '../../../services/notifications/sentNotificationLedger';
import { TwilioSmsNotifier, type TwilioSmsNotifierOptions } from '../../../services/notifications/twilioSmsNotifier';
import { createTestStore, type TestStore } from '../../support/testStore';
import { startLocalTwilioApi, type LocalTwilioApi } from './localTwilioApi';
import { SentNotificationRepository } from '../../../store/sentNotificationRepository';

const ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
const AUTH_TOKEN = 'twilio-auth-token';
const FROM = '+15550001111';
const MESSAGING_SERVICE_SID = `MG${'f'.repeat(32)}`;
const message = { channel: 'sms' as const, to: '+15551231234', body: 'Sendero: tu código es 482913', idempotencyKey: 'otp:sms-1' };

describe('TwilioSmsNotifier', () => {
    let store: TestStore;
    let twilio: LocalTwilioApi;

    function notifier(overrides: Partial<TwilioSmsNotifierOptions> = {}): TwilioSmsNotifier {
        return new TwilioSmsNotifier(
            {
                accountSid: ACCOUNT_SID,
                authToken: AUTH_TOKEN,
                fromNumber: FROM,
                messagingServiceSid: '',
                apiBaseUrl: twilio.baseUrl,
                timeoutMs: 5000,
                ...overrides,
            },
            new SentNotificationLedger(new SentNotificationRepository(store.client)),
        );
    }

    beforeEach(async () => {
        store = await createTestStore();
        twilio = await startLocalTwilioApi(ACCOUNT_SID, AUTH_TOKEN);
    });
    afterEach(async () => {
        await twilio.close();
        await store.dispose();
    });

    it('POSTs To, From and Body as a form with Basic auth to Messages.json', async () => {
        expect(await notifier().send(message)).toEqual({ status: 'sent' });
        expect(twilio.requests).toEqual([
            {
                method: 'POST',
                path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`,
                authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`,
                contentType: expect.stringMatching(/^application\/x-www-form-urlencoded/),
                form: { To: '+15551231234', From: FROM, Body: 'Sendero: tu código es 482913' },
            },
        ]);
    });

    it('sends MessagingServiceSid instead of From when a Messaging Service is configured', async () => {
        await notifier({ messagingServiceSid: MESSAGING_SERVICE_SID }).send(message);
        expect(twilio.requests[0].form).toEqual({ To: '+15551231234', MessagingServiceSid: MESSAGING_SERVICE_SID, Body: message.body });
    });

    it('sends once for two sends with the same key, and keeps no body', async () => {
        expect(await notifier().send(message)).toEqual({ status: 'sent' });
        expect(await notifier().send({ ...message, body: 'another code' })).toEqual({ status: 'duplicate' });
        expect(twilio.requests).toHaveLength(1);
        expect(await store.client.sentNotification.findMany()).toEqual([
            { idempotencyKey: 'otp:sms-1', channel: 'sms', createdAt: expect.any(Date) },
        ]);
    });

    it('maps Twilio error 21610 to RecipientOptedOut, not retryable', async () => {
        twilio.behaviour = { kind: 'error', httpStatus: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' };
        const error = await notifier().send(message).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RecipientOptedOut);
        expect(error).toBeInstanceOf(NotificationFailed);
        expect(error).toMatchObject({ retryable: false, reason: 'opted-out', channel: 'sms' });
    });

    it('fails retryable on a 500, releases the key, and a later send goes through', async () => {
        twilio.behaviour = { kind: 'error', httpStatus: 500, code: 20500, message: 'Internal Server Error' };
        await expect(notifier().send(message)).rejects.toMatchObject({ name: 'NotificationFailed', retryable: true });
        expect(await store.client.sentNotification.count()).toBe(0);

        twilio.behaviour = { kind: 'accept' };
        expect(await notifier().send(message)).toEqual({ status: 'sent' });
        expect(twilio.requests).toHaveLength(2);
    });

    it('fails retryable on 429 Too Many Requests and on a non-JSON 502 from a proxy', async () => {
        twilio.behaviour = { kind: 'error', httpStatus: 429, code: 20429, message: 'Too Many Requests' };
        await expect(notifier().send(message)).rejects.toMatchObject({ retryable: true });
        twilio.behaviour = { kind: 'raw', httpStatus: 502, body: '<html>Bad gateway</html>' };
        await expect(notifier().send(message)).rejects.toMatchObject({ retryable: true });
    });

    it('fails for good on an invalid number (21211), without quoting it', async () => {
        twilio.behaviour = { kind: 'error', httpStatus: 400, code: 21211, message: "The 'To' number +15551231234 is not a valid phone number." };
        const error = await notifier().send(message).catch((e: unknown) => e);
        expect(error).toMatchObject({ name: 'NotificationFailed', retryable: false, reason: 'rejected' });
        expect((error as Error).message).toContain('21211');
        expect((error as Error).message).not.toContain('1231234');
    });

    it('fails for good, as misconfigured, when the auth token is wrong', async () => {
        await expect(notifier({ authToken: 'wrong' }).send(message)).rejects.toMatchObject({ retryable: false, reason: 'misconfigured' });
    });

    it('fails retryable when Twilio does not answer within the timeout, or cannot be reached', async () => {
        twilio.behaviour = { kind: 'hang' };
        await expect(notifier({ timeoutMs: 200 }).send(message)).rejects.toMatchObject({ retryable: true, reason: 'unavailable' });
        await expect(notifier({ apiBaseUrl: 'http://127.0.0.1:1' }).send(message)).rejects.toMatchObject({ retryable: true });
        expect(await store.client.sentNotification.count()).toBe(0);
    });
});
