import crypto from 'node:crypto';
import { createLogger } from '../../../bot/logger';
import { SecretBox } from '../../../services/accounts/secretBox';
import { RateLimiter } from '../../../services/limits/rateLimiter';
import { InvalidOutboundMessage, type OutboundMessage } from '../../../services/notifications/notifier';
import { QueuedNotifier, queuedSealContext, type NotificationLimits } from '../../../services/notifications/queuedNotifier';
import { createTestStore, type TestStore } from '../../support/testStore';
import { NotificationQueueRepository } from '../../../store/notificationQueueRepository';
import { RateLimitRepository } from '../../../store/rateLimitRepository';

const LIMITS: NotificationLimits = { codesPerRecipientPerHour: 5, codeMinGapSeconds: 20, messagesPerRecipientPerHour: 20, codesPerConversationPerHour: 10, repliesPerRecipientPerHour: 60 };

/** A clock the test moves by hand. */
function manualClock(start = '2026-11-28T15:00:00Z') {
    let current = new Date(start).getTime();
    return { now: () => new Date(current), advanceSeconds: (seconds: number) => void (current += seconds * 1000) };
}

let counter = 0;
const code = (to = 'jane@example.com', extra: Partial<OutboundMessage> = {}): OutboundMessage => ({
    channel: 'email',
    to,
    subject: 'Your code',
    body: 'Your code is 482913',
    idempotencyKey: `otp:${++counter}`,
    kind: 'code',
    conversationKey: `conversation-${counter}`,
    ...extra,
});

describe('QueuedNotifier', () => {
    let store: TestStore;
    let clock: ReturnType<typeof manualClock>;
    let lines: string[];
    let wakes: number;
    const secretBox = new SecretBox(crypto.randomBytes(32));

    const notifier = (limits: Partial<NotificationLimits> = {}) =>
        new QueuedNotifier({
            queue: new NotificationQueueRepository(store.client),
            limiter: new RateLimiter(new RateLimitRepository(store.client), clock.now),
            secretBox,
            limits: { ...LIMITS, ...limits },
            onQueued: () => void wakes++,
            logger: createLogger('debug', { write: (line: string) => void lines.push(line) }),
            now: clock.now,
        });

    beforeEach(async () => {
        store = await createTestStore();
        clock = manualClock();
        lines = [];
        wakes = 0;
    });
    afterEach(async () => store.dispose());

    it('queues the message with subject and body sealed to its row, wakes the worker, and sends nothing itself', async () => {
        expect(await notifier().send(code())).toEqual({ status: 'queued' });
        const [row] = await store.client.queuedNotification.findMany();
        expect(row).toMatchObject({ channel: 'email', to: 'jane@example.com', status: 'queued', attempts: 0 });
        expect(JSON.stringify(row)).not.toContain('482913');
        expect(JSON.stringify(row)).not.toContain('Your code');
        expect(secretBox.open(row.sealedBody!, queuedSealContext(row.id, 'body'))).toBe('Your code is 482913');
        expect(() => secretBox.open(row.sealedBody!, queuedSealContext('another-row', 'body'))).toThrow();
        expect(wakes).toBe(1);
        expect(await store.client.outboxMessage.count()).toBe(0);
    });

    it('answers a repeated idempotency key as a duplicate without queueing or counting it', async () => {
        const sender = notifier();
        const message = code();
        expect(await sender.send(message)).toEqual({ status: 'queued' });
        clock.advanceSeconds(30);
        for (let i = 0; i < 10; i++) expect(await sender.send(message)).toEqual({ status: 'duplicate' });
        expect(await store.client.queuedNotification.count()).toBe(1);
        // The duplicates took no place: four more codes still fit under the five an hour.
        for (let i = 0; i < 4; i++) {
            clock.advanceSeconds(30);
            expect(await sender.send(code())).toEqual({ status: 'queued' });
        }
    });

    it('queues at most five codes an hour to one recipient, whatever the conversation; the sixth is limited', async () => {
        const sender = notifier();
        const results: string[] = [];
        for (let i = 0; i < 8; i++) {
            results.push((await sender.send(code('Jane@Example.com'.toLowerCase()))).status);
            clock.advanceSeconds(60);
        }
        expect(results).toEqual(['queued', 'queued', 'queued', 'queued', 'queued', 'limited', 'limited', 'limited']);
        expect(await store.client.queuedNotification.count()).toBe(5);
        // An hour after the first, a place is free again.
        clock.advanceSeconds(3600 - 8 * 60 + 1);
        expect((await sender.send(code())).status).toBe('queued');
    });

    it('counts one mailbox however its address is capitalised', async () => {
        const sender = notifier({ codeMinGapSeconds: 0, codesPerRecipientPerHour: 2 });
        expect((await sender.send(code('jane@example.com'))).status).toBe('queued');
        expect((await sender.send(code('JANE@example.com'))).status).toBe('queued');
        expect((await sender.send(code('Jane@Example.COM'))).status).toBe('limited');
    });

    it('keeps a minimum gap between two codes to the same recipient, but not between codes to different ones', async () => {
        const sender = notifier();
        expect((await sender.send(code())).status).toBe('queued');
        clock.advanceSeconds(19);
        expect((await sender.send(code())).status).toBe('limited');
        expect((await sender.send(code('someone.else@example.com'))).status).toBe('queued');
        clock.advanceSeconds(1);
        expect((await sender.send(code())).status).toBe('queued');
    });

    it('keeps the gap within one purpose only: the next step\'s code to the same address goes out at once', async () => {
        const sender = notifier();
        expect((await sender.send(code('jane@example.com', { codeGroup: 'emailConfirmation' }))).status).toBe('queued');
        expect((await sender.send(code('jane@example.com', { codeGroup: 'twoStepSetup' }))).status).toBe('queued');
        expect((await sender.send(code('jane@example.com', { codeGroup: 'twoStepSetup' }))).status).toBe('limited');
        clock.advanceSeconds(20);
        expect((await sender.send(code('jane@example.com', { codeGroup: 'signIn' }))).status).toBe('queued');
    });

    it('lets a notice through right after a code, under the looser cap on all messages', async () => {
        const sender = notifier({ messagesPerRecipientPerHour: 7 });
        const notice = (to = 'jane@example.com') => ({ ...code(to), kind: 'notice' as const, body: 'Your account was created' });
        expect((await sender.send(code())).status).toBe('queued');
        const notices: string[] = [];
        for (let i = 0; i < 7; i++) notices.push((await sender.send(notice())).status);
        expect(notices).toEqual(['queued', 'queued', 'queued', 'queued', 'queued', 'queued', 'limited']);
        // A message without a kind is a notice.
        expect((await sender.send({ ...notice('other@example.com'), kind: undefined })).status).toBe('queued');
    });

    it('limits the codes one conversation asks for, whatever the recipients', async () => {
        const sender = notifier();
        const results: string[] = [];
        for (let i = 0; i < 12; i++) results.push((await sender.send(code(`person${i}@example.com`, { conversationKey: 'one-conversation' }))).status);
        expect(results.filter((status) => status === 'queued')).toHaveLength(10);
        expect(results.slice(10)).toEqual(['limited', 'limited']);
    });

    it('logs a refusal with the masked recipient and the limit, and keeps every address out of the limit buckets', async () => {
        const sender = notifier();
        await sender.send(code('jane@example.com'));
        await sender.send(code('jane@example.com'));
        await sender.send({ ...code('+15551231234'), channel: 'sms', subject: undefined });
        await sender.send({ ...code('+15551231234'), channel: 'sms', subject: undefined });
        const refusals = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === 'notification refused by limit');
        expect(refusals.map((entry) => [entry.to, entry.limits])).toEqual([
            ['j***@example.com', ['codeMinGap']],
            ['+1******1234', ['codeMinGap']],
        ]);
        const everything = lines.join('\n') + JSON.stringify(await store.client.rateLimitEvent.findMany());
        for (const secret of ['jane@example.com', '+15551231234', '482913', 'conversation-']) expect(everything).not.toContain(secret);
    });

    it('rejects an invalid message before counting or queueing it', async () => {
        await expect(notifier().send(code('not-an-address'))).rejects.toThrow(InvalidOutboundMessage);
        expect(await store.client.queuedNotification.count()).toBe(0);
        expect(await store.client.rateLimitEvent.count()).toBe(0);
    });
});
