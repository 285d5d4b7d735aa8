import crypto from 'node:crypto';
import { SecretBox } from '../../../services/accounts/secretBox';
import { createNotifier, type Notifications } from '../../../services/notifications/createNotifier';
import { createTestStore, type TestStore } from '../../support/testStore';
import { startLocalSmtpServer, type LocalSmtpServer } from './localSmtpServer';
import { startLocalTwilioApi, type LocalTwilioApi } from './localTwilioApi';
import { notificationTestConfig } from './notificationTestConfig';
import { createRepositories } from '../../../store/repositories';

const ACCOUNT_SID = `AC${'1'.repeat(32)}`;

function manualClock(start = '2026-11-28T15:00:00Z') {
    let current = new Date(start).getTime();
    return { now: () => new Date(current), advanceSeconds: (seconds: number) => void (current += seconds * 1000) };
}

let counter = 0;
const email = (body = 'Your code is 482913') => ({
    channel: 'email' as const,
    to: `person${++counter}@example.com`,
    subject: 'Your code',
    body,
    idempotencyKey: `otp:${counter}`,
    kind: 'code' as const,
});

describe('NotificationWorker', () => {
    let store: TestStore;
    let smtp: LocalSmtpServer;
    let twilio: LocalTwilioApi | undefined;
    let clock: ReturnType<typeof manualClock>;
    const secretBox = new SecretBox(crypto.randomBytes(32));

    const build = (overrides: Record<string, string> = {}): Notifications =>
        createNotifier(
            notificationTestConfig({ SMTP_URL: `smtp://u:p@127.0.0.1:${smtp.port}`, MAIL_FROM: 'no-reply@sendero.test', NOTIFICATION_TIMEOUT_MS: '3000', ...overrides }),
            createRepositories(store.client),
            // No jitter: the first retry waits exactly 1 s, the second 2 s, and so on.
            { secretBox, now: clock.now, worker: { baseBackoffMs: 2000, maxAttempts: 3, random: () => 0 } },
        );
    const rows = () => store.client.queuedNotification.findMany({ orderBy: { createdAt: 'asc' } });

    beforeEach(async () => {
        store = await createTestStore();
        clock = manualClock();
    });
    afterEach(async () => {
        smtp.release();
        await smtp.close();
        await twilio?.close();
        twilio = undefined;
        await store.dispose();
    });

    it('sends each queued message once, then erases its sealed subject and body', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p' });
        const { notifier, worker } = build();
        await notifier.send(email());
        await notifier.send(email('Your code is 771204'));
        expect(await worker.drain()).toBe(2);
        expect(await worker.drain()).toBe(0);
        expect(smtp.received.map((message) => message.mail.text?.trim()).sort()).toEqual(['Your code is 482913', 'Your code is 771204']);
        for (const row of await rows()) {
            expect(row).toMatchObject({ status: 'sent', sealedBody: null, sealedSubject: null, attempts: 1, claimedUntil: null });
            expect(row.finishedAt).not.toBeNull();
        }
    });

    it('prunes finished rows once they are older than asked, and never a queued one', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p' });
        const { notifier, worker } = build();
        await notifier.send(email());
        await worker.drain();
        await notifier.send(email());
        clock.advanceSeconds(3600);
        expect(await worker.pruneFinished(7200)).toBe(0);
        clock.advanceSeconds(3601);
        expect(await worker.pruneFinished(7200)).toBe(1);
        expect((await rows()).map((row) => row.status)).toEqual(['queued']);
    });

    it('retries a temporary failure after a backoff, and the message arrives once when the server recovers', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p', failDataWith: 451 });
        const { notifier, worker } = build();
        await notifier.send(email());
        await worker.drain();
        let [row] = await rows();
        expect(row).toMatchObject({ status: 'queued', attempts: 1 });
        expect(row.lastError).toMatch(/^unavailable: SMTP send failed \(.*451\)$/);
        expect(row.lastError).not.toContain('@');
        expect(row.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 1000);

        // Not due yet: nothing is tried.
        expect(await worker.drain()).toBe(0);
        smtp.failDataWith(undefined);
        clock.advanceSeconds(1);
        expect(await worker.drain()).toBe(1);
        clock.advanceSeconds(60);
        expect(await worker.drain()).toBe(0);
        expect(smtp.received).toHaveLength(1);
        [row] = await rows();
        expect(row).toMatchObject({ status: 'sent', attempts: 2, sealedBody: null });
    });

    it('gives up after the last attempt and erases the message', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p', failDataWith: 421 });
        const { notifier, worker } = build();
        await notifier.send(email());
        for (let attempt = 0; attempt < 5; attempt++) {
            await worker.drain();
            clock.advanceSeconds(600);
        }
        const [row] = await rows();
        expect(row).toMatchObject({ status: 'failed', attempts: 3, sealedBody: null, sealedSubject: null });
        expect(smtp.received).toHaveLength(0);
    });

    it('fails a permanent refusal at once, without retrying', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p', rejectRecipientWith: 550 });
        const { notifier, worker } = build();
        await notifier.send(email());
        await worker.drain();
        const [row] = await rows();
        expect(row).toMatchObject({ status: 'failed', attempts: 1, sealedBody: null });
        expect(row.lastError).toMatch(/^rejected: /);
    });

    it('fails an opted-out phone number at once', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p' });
        twilio = await startLocalTwilioApi(ACCOUNT_SID, 'tok');
        twilio.behaviour = { kind: 'error', httpStatus: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' };
        const { notifier, worker } = build({ TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: 'tok', TWILIO_FROM_NUMBER: '+15550001111', TWILIO_API_BASE_URL: twilio.baseUrl });
        await notifier.send({ channel: 'sms', to: '+15551231234', body: 'Your code is 482913', idempotencyKey: 'sms-1', kind: 'code' });
        await worker.drain();
        const [row] = await rows();
        expect(row).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringMatching(/^opted-out: /) });
    });

    it('takes back a row whose worker died while sending, once its claim has run out', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p' });
        const { notifier, worker } = build();
        await notifier.send(email());
        const [queued] = await rows();
        // What a crashed worker leaves: claimed, never finished.
        await store.client.queuedNotification.update({ where: { id: queued.id }, data: { status: 'sending', attempts: 1, claimedUntil: new Date(clock.now().getTime() + 60_000) } });
        expect(await worker.drain()).toBe(0);
        clock.advanceSeconds(61);
        expect(await worker.drain()).toBe(1);
        expect(smtp.received).toHaveLength(1);
        expect((await rows())[0]).toMatchObject({ status: 'sent', attempts: 2 });
    });

    it('never sends one row twice when two workers drain the same queue', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p' });
        const first = build();
        const second = build();
        for (let i = 0; i < 6; i++) await first.notifier.send(email());
        const [a, b] = await Promise.all([first.worker.drain(), second.worker.drain()]);
        expect(a + b).toBe(6);
        expect(smtp.received).toHaveLength(6);
    });

    it('once started, sends a message as soon as it is queued, and stop() leaves nothing half sent', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p', hold: true });
        // The real clock: the started worker compares due times with the time now.
        const { notifier, worker } = createNotifier(
            notificationTestConfig({ SMTP_URL: `smtp://u:p@127.0.0.1:${smtp.port}`, MAIL_FROM: 'no-reply@sendero.test' }),
            createRepositories(store.client),
            { secretBox, worker: { pollIntervalMs: 60_000 } },
        );
        worker.start();
        try {
            await notifier.send(email());
            // Woken by the enqueue, not by its (one-minute) poll: the server now holds the message, unanswered.
            await smtp.waitUntilHeld(1);
            expect((await rows())[0].status).toBe('sending');
            const stopped = worker.stop();
            smtp.release();
            await stopped;
            expect(smtp.received).toHaveLength(1);
            expect((await rows())[0]).toMatchObject({ status: 'sent', sealedBody: null });
        } finally {
            await worker.stop();
        }
    });
});
