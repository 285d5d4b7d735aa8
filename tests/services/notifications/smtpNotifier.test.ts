import { NotificationFailed } from '../../../services/notifications/notifier';
import { SentNotificationLedger } from '../../../services/notifications/sentNotificationLedger';
import { SmtpNotifier } from '../../../services/notifications/smtpNotifier';
import { createTestStore, type TestStore } from '../../support/testStore';
import { startLocalSmtpServer, unusedPort, type LocalSmtpServer } from './localSmtpServer';
import { SentNotificationRepository } from '../../../store/sentNotificationRepository';

const FROM = 'Sendero <no-reply@sendero.test>';
const message = {
    channel: 'email' as const,
    to: 'jane.doe@example.com',
    subject: 'Tu código de verificación',
    body: 'Tu código es 482913.\nCaduca en 10 minutos.',
    idempotencyKey: 'otp:challenge-1',
};

describe('SmtpNotifier', () => {
    let store: TestStore;
    let smtp: LocalSmtpServer | undefined;
    const notifiers: SmtpNotifier[] = [];

    function notifierFor(port: number, credentials = 'sendero:s3cret'): SmtpNotifier {
        const notifier = new SmtpNotifier(
            { smtpUrl: `smtp://${credentials}@127.0.0.1:${port}`, from: FROM, timeoutMs: 5000 },
            new SentNotificationLedger(new SentNotificationRepository(store.client)),
        );
        notifiers.push(notifier);
        return notifier;
    }

    beforeEach(async () => {
        store = await createTestStore();
    });
    afterEach(async () => {
        for (const notifier of notifiers.splice(0)) notifier.close();
        await smtp?.close();
        smtp = undefined;
        await store.dispose();
    });

    it('delivers From, To, Subject and body to a real SMTP server, authenticated', async () => {
        smtp = await startLocalSmtpServer({ user: 'sendero', pass: 's3cret' });
        expect(await notifierFor(smtp.port).send(message)).toEqual({ status: 'sent' });

        expect(smtp.received).toHaveLength(1);
        const [delivery] = smtp.received;
        expect(delivery.user).toBe('sendero');
        expect(delivery.envelopeFrom).toBe('no-reply@sendero.test');
        expect(delivery.envelopeTo).toEqual(['jane.doe@example.com']);
        expect(delivery.mail.from?.value).toEqual([{ address: 'no-reply@sendero.test', name: 'Sendero' }]);
        const to = Array.isArray(delivery.mail.to) ? delivery.mail.to : [delivery.mail.to];
        expect(to.flatMap((addresses) => addresses?.value.map((a) => a.address) ?? [])).toEqual(['jane.doe@example.com']);
        expect(delivery.mail.subject).toBe('Tu código de verificación');
        expect(delivery.mail.text?.trimEnd()).toBe('Tu código es 482913.\nCaduca en 10 minutos.');
    });

    it('records the key without the body, and delivers once for two sends with the same key', async () => {
        smtp = await startLocalSmtpServer({ user: 'sendero', pass: 's3cret' });
        const notifier = notifierFor(smtp.port);
        expect(await notifier.send(message)).toEqual({ status: 'sent' });
        expect(await notifier.send(message)).toEqual({ status: 'duplicate' });
        expect(await notifierFor(smtp.port).send(message)).toEqual({ status: 'duplicate' });

        expect(smtp.received).toHaveLength(1);
        const ledger = await store.client.sentNotification.findMany();
        expect(ledger).toEqual([{ idempotencyKey: 'otp:challenge-1', channel: 'email', createdAt: expect.any(Date) }]);
        expect(await store.client.outboxMessage.count()).toBe(0);
    });

    it('fails retryable when the server is down, releases the key, and a later send goes through', async () => {
        const port = await unusedPort();
        const error = await notifierFor(port).send(message).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotificationFailed);
        expect(error).toMatchObject({ retryable: true, reason: 'unavailable', channel: 'email' });
        expect(await store.client.sentNotification.count()).toBe(0);

        smtp = await startLocalSmtpServer({ user: 'sendero', pass: 's3cret' });
        expect(await notifierFor(smtp.port).send(message)).toEqual({ status: 'sent' });
        expect(smtp.received).toHaveLength(1);
    });

    it('fails for good, not retryable, when the credentials are wrong', async () => {
        smtp = await startLocalSmtpServer({ user: 'sendero', pass: 's3cret' });
        const error = await notifierFor(smtp.port, 'sendero:wrong').send(message).catch((e: unknown) => e);
        expect(error).toMatchObject({ name: 'NotificationFailed', retryable: false, reason: 'misconfigured' });
        expect(smtp.received).toHaveLength(0);
        expect(await store.client.sentNotification.count()).toBe(0);
    });

    it('fails for good when the server refuses the recipient with 550, without quoting the address', async () => {
        smtp = await startLocalSmtpServer({ user: 'sendero', pass: 's3cret', rejectRecipientWith: 550 });
        const error = await notifierFor(smtp.port).send(message).catch((e: unknown) => e);
        expect(error).toMatchObject({ name: 'NotificationFailed', retryable: false, reason: 'rejected' });
        expect((error as Error).message).not.toContain('jane.doe');
        expect((error as Error).cause).toBeUndefined();
    });

    it('treats a 450 refusal (mailbox busy) as retryable', async () => {
        smtp = await startLocalSmtpServer({ user: 'sendero', pass: 's3cret', rejectRecipientWith: 450 });
        await expect(notifierFor(smtp.port).send(message)).rejects.toMatchObject({ retryable: true, reason: 'unavailable' });
    });
});
