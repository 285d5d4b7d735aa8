import crypto from 'node:crypto';
import { createChannelSender, createNotifier, NotificationConfigInvalid, notificationRouting } from '../../../services/notifications/createNotifier';
import { SecretBox } from '../../../services/accounts/secretBox';
import { createLogger } from '../../../bot/logger';
import type { NotificationLogger } from '../../../services/notifications/notificationLogger';
import { createTestStore, type TestStore } from '../../support/testStore';
import { startLocalSmtpServer, type LocalSmtpServer } from './localSmtpServer';
import { startLocalTwilioApi, type LocalTwilioApi } from './localTwilioApi';
import { notificationTestConfig } from './notificationTestConfig';
import { createRepositories } from '../../../store/repositories';

const ACCOUNT_SID = `AC${'1'.repeat(32)}`;
const email = { channel: 'email' as const, to: 'jane@example.com', subject: 'Code', body: 'Your code is 482913', idempotencyKey: 'e1' };
const sms = { channel: 'sms' as const, to: '+15551231234', body: 'Your code is 771204', idempotencyKey: 's1' };

/** The application's pino logger, writing into an array, so a test sees exactly what would be logged. */
function recordingLogger(): { logger: NotificationLogger; lines: string[] } {
    const lines: string[] = [];
    return { lines, logger: createLogger('debug', { write: (line: string) => void lines.push(line) }) };
}

describe('createChannelSender: the real sender of each channel', () => {
    let store: TestStore;
    let smtp: LocalSmtpServer | undefined;
    let twilio: LocalTwilioApi | undefined;

    beforeEach(async () => {
        store = await createTestStore();
    });
    afterEach(async () => {
        await smtp?.close();
        await twilio?.close();
        smtp = undefined;
        twilio = undefined;
        await store.dispose();
    });

    it('sends both channels to the outbox when nothing is configured', async () => {
        const config = notificationTestConfig();
        expect(notificationRouting(config)).toEqual({ email: 'outbox', sms: 'outbox' });
        const notifier = createChannelSender(config, createRepositories(store.client));
        await notifier.send(email);
        await notifier.send(sms);
        expect((await store.client.outboxMessage.findMany({ orderBy: { id: 'asc' } })).map((row) => row.channel)).toEqual(['email', 'sms']);
        expect(await store.client.sentNotification.count()).toBe(0);
    });

    it('sends email through SMTP and SMS through Twilio when both are configured', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p' });
        twilio = await startLocalTwilioApi(ACCOUNT_SID, 'tok');
        const config = notificationTestConfig({
            SMTP_URL: `smtp://u:p@127.0.0.1:${smtp.port}`,
            MAIL_FROM: 'no-reply@sendero.test',
            TWILIO_ACCOUNT_SID: ACCOUNT_SID,
            TWILIO_AUTH_TOKEN: 'tok',
            TWILIO_FROM_NUMBER: '+15550001111',
            TWILIO_API_BASE_URL: twilio.baseUrl,
        });
        expect(notificationRouting(config)).toEqual({ email: 'smtp', sms: 'twilio' });
        const notifier = createChannelSender(config, createRepositories(store.client));
        expect(await notifier.send(email)).toEqual({ status: 'sent' });
        expect(await notifier.send(sms)).toEqual({ status: 'sent' });
        expect(await notifier.send(sms)).toEqual({ status: 'duplicate' });
        expect(smtp.received).toHaveLength(1);
        expect(twilio.requests).toHaveLength(1);
        expect(await store.client.outboxMessage.count()).toBe(0);
    });

    it('routes each channel on its own: SMTP for email, the outbox for SMS', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p' });
        const config = notificationTestConfig({ SMTP_URL: `smtp://u:p@127.0.0.1:${smtp.port}`, MAIL_FROM: 'no-reply@sendero.test' });
        const notifier = createChannelSender(config, createRepositories(store.client));
        await notifier.send(email);
        await notifier.send(sms);
        expect(smtp.received).toHaveLength(1);
        expect((await store.client.outboxMessage.findMany()).map((row) => row.channel)).toEqual(['sms']);
    });

    it('refuses a half-configured sender, naming the missing variables', () => {
        const attempt = (overrides: Record<string, string>) => () => createChannelSender(notificationTestConfig(overrides), createRepositories(store.client));
        expect(attempt({ SMTP_URL: 'smtp://u:p@mail.example.org:587' })).toThrow(/MAIL_FROM/);
        expect(attempt({ TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: 'tok' })).toThrow(/TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID/);
        expect(attempt({ TWILIO_FROM_NUMBER: '+15550001111' })).toThrow(NotificationConfigInvalid);
        expect(attempt({ TWILIO_FROM_NUMBER: '+15550001111' })).toThrow(/TWILIO_ACCOUNT_SID.*\n.*TWILIO_AUTH_TOKEN/);
    });

    it('never logs a body or a full recipient', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p' });
        const { logger, lines } = recordingLogger();
        const config = notificationTestConfig({ SMTP_URL: `smtp://u:p@127.0.0.1:${smtp.port}`, MAIL_FROM: 'no-reply@sendero.test' });
        const notifier = createChannelSender(config, createRepositories(store.client), logger);
        await notifier.send(email);
        await notifier.send(email);
        await notifier.send(sms);
        await smtp.close();
        smtp = undefined;
        await notifier.send({ ...email, idempotencyKey: 'e2' }).catch(() => undefined);

        const log = lines.join('\n');
        expect(lines.length).toBeGreaterThanOrEqual(5);
        for (const secret of ['482913', '771204', 'jane@example.com', '+15551231234', 'u:p@']) expect(log).not.toContain(secret);
        expect(log).toContain('j***@example.com');
        expect(log).toContain('+1******1234');
    });
});

describe('createNotifier: the queue in front of the senders', () => {
    let store: TestStore;
    let smtp: LocalSmtpServer | undefined;
    const secretBox = new SecretBox(crypto.randomBytes(32));

    beforeEach(async () => {
        store = await createTestStore();
    });
    afterEach(async () => {
        await smtp?.close();
        smtp = undefined;
        await store.dispose();
    });

    it('queues a message sealed and returns before sending; the worker sends it once', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p' });
        const config = notificationTestConfig({ SMTP_URL: `smtp://u:p@127.0.0.1:${smtp.port}`, MAIL_FROM: 'no-reply@sendero.test' });
        const { notifier, worker } = createNotifier(config, createRepositories(store.client), { secretBox });
        expect(await notifier.send(email)).toEqual({ status: 'queued' });
        expect(await notifier.send(email)).toEqual({ status: 'duplicate' });
        expect(smtp.received).toHaveLength(0);
        const [row] = await store.client.queuedNotification.findMany();
        expect(JSON.stringify(row)).not.toContain('482913');
        expect(await worker.drain()).toBe(1);
        expect(smtp.received.map((message) => message.mail.text?.trim())).toEqual(['Your code is 482913']);
        expect(await store.client.queuedNotification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'sent', sealedBody: null, sealedSubject: null });
    });

    it('in production, refuses the dev outbox for either channel, naming each variable', () => {
        const attempt = (overrides: Record<string, string>) => () =>
            createNotifier({ ...notificationTestConfig(overrides), NODE_ENV: 'production' }, createRepositories(store.client), { secretBox });
        expect(attempt({})).toThrow(NotificationConfigInvalid);
        expect(attempt({})).toThrow(/SMTP_URL[\s\S]*MAIL_FROM[\s\S]*TWILIO_ACCOUNT_SID[\s\S]*TWILIO_AUTH_TOKEN[\s\S]*TWILIO_FROM_NUMBER/);
        expect(attempt({ SMTP_URL: 'smtp://u:p@mail.example.org:587', MAIL_FROM: 'no-reply@example.org' })).toThrow(/TWILIO_ACCOUNT_SID/);
        expect(
            attempt({
                SMTP_URL: 'smtp://u:p@mail.example.org:587',
                MAIL_FROM: 'no-reply@example.org',
                TWILIO_ACCOUNT_SID: ACCOUNT_SID,
                TWILIO_AUTH_TOKEN: 'tok',
                TWILIO_FROM_NUMBER: '+15550001111',
            }),
        ).not.toThrow();
    });
});
