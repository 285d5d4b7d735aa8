import { OutboxNotifier } from '../../../services/notifications/outboxNotifier';
import { InvalidOutboundMessage, NotificationFailed } from '../../../services/notifications/notifier';
import { createTestStore, type TestStore } from '../../support/testStore';
import { OutboxRepository } from '../../../store/outboxRepository';

describe('OutboxNotifier', () => {
    let store: TestStore;
    let notifier: OutboxNotifier;

    beforeEach(async () => {
        store = await createTestStore();
        notifier = new OutboxNotifier(new OutboxRepository(store.client));
    });
    afterEach(async () => {
        await store.dispose();
    });

    it('writes an email, with its subject, to the outbox table', async () => {
        const result = await notifier.send({
            channel: 'email',
            to: 'jane@example.com',
            subject: 'Your code',
            body: 'Your code is 123456',
            idempotencyKey: 'otp:1',
        });
        expect(result).toEqual({ status: 'sent' });
        const rows = await store.client.outboxMessage.findMany();
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
            channel: 'email',
            to: 'jane@example.com',
            subject: 'Your code',
            body: 'Your code is 123456',
            idempotencyKey: 'otp:1',
        });
    });

    it('writes an SMS without a subject even when one is given', async () => {
        await notifier.send({ channel: 'sms', to: '+15551231234', subject: 'ignored', body: 'Code 654321', idempotencyKey: 'otp:2' });
        const row = await store.client.outboxMessage.findFirstOrThrow();
        expect(row).toMatchObject({ channel: 'sms', to: '+15551231234', subject: null, body: 'Code 654321' });
    });

    it('keeps one row and answers duplicate when the same idempotency key is sent twice', async () => {
        const message = { channel: 'sms' as const, to: '+15551231234', body: 'Code 111111', idempotencyKey: 'otp:same' };
        expect(await notifier.send(message)).toEqual({ status: 'sent' });
        expect(await notifier.send({ ...message, body: 'Code 222222' })).toEqual({ status: 'duplicate' });
        const rows = await store.client.outboxMessage.findMany();
        expect(rows.map((row) => row.body)).toEqual(['Code 111111']);
    });

    it('answers concurrent sends with the same key with exactly one sent', async () => {
        const message = { channel: 'email' as const, to: 'a@example.com', body: 'hi', idempotencyKey: 'race' };
        const results = await Promise.all([notifier.send(message), notifier.send(message), notifier.send(message)]);
        expect(results.filter((r) => r.status === 'sent')).toHaveLength(1);
        expect(await store.client.outboxMessage.count()).toBe(1);
    });

    it('rejects a phone number that is not E.164 and an invalid email address, writing nothing', async () => {
        await expect(notifier.send({ channel: 'sms', to: '555-1234', body: 'x', idempotencyKey: 'k1' })).rejects.toBeInstanceOf(
            InvalidOutboundMessage,
        );
        const error = await notifier
            .send({ channel: 'email', to: 'not-an-address', body: 'x', idempotencyKey: 'k2' })
            .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotificationFailed);
        expect(error).toMatchObject({ retryable: false, reason: 'invalid-message' });
        expect((error as Error).message).not.toContain('not-an-address');
        expect(await store.client.outboxMessage.count()).toBe(0);
    });

    it('reports a store failure as a retryable NotificationFailed', async () => {
        await store.client.$executeRawUnsafe('DROP TABLE "OutboxMessage"');
        await expect(
            notifier.send({ channel: 'email', to: 'a@example.com', body: 'hi', idempotencyKey: 'k' }),
        ).rejects.toMatchObject({ name: 'NotificationFailed', retryable: true, reason: 'unavailable' });
    });
});
