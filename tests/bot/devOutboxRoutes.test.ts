import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { registerDevOutboxRoutes, type DevOutboxRouteDeps } from '../../bot/devOutboxRoutes';
import { OutboxNotifier } from '../../services/notifications/outboxNotifier';
import { createTestStore, type TestStore } from '../support/testStore';
import { notificationTestConfig } from '../services/notifications/notificationTestConfig';
import { OutboxRepository } from '../../store/outboxRepository';

const SMTP = { SMTP_URL: 'smtp://user:pass@127.0.0.1:2525', MAIL_FROM: 'no-reply@example.org' };
const TWILIO = {
    TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
    TWILIO_AUTH_TOKEN: 'token',
    TWILIO_FROM_NUMBER: '+15550001111',
};

describe('dev outbox routes', () => {
    let store: TestStore;
    let server: restify.Server | undefined;

    beforeEach(async () => {
        store = await createTestStore();
        const outbox = new OutboxNotifier(new OutboxRepository(store.client));
        await outbox.send({ channel: 'email', to: 'jane@example.com', subject: 'Code <1>', body: '<script>alert("x")</script> & 123456', idempotencyKey: 'a' });
        await outbox.send({ channel: 'sms', to: '+15551231234', body: 'SMS code 654321', idempotencyKey: 'b' });
        await outbox.send({ channel: 'sms', to: '+15559999999', body: 'Other person', idempotencyKey: 'c' });
    });
    afterEach(async () => {
        if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
        server = undefined;
        await store.dispose();
    });

    async function start(config: DevOutboxRouteDeps['config']): Promise<string> {
        server = restify.createServer();
        registerDevOutboxRoutes(server, { store: store.client, config });
        await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
        const { port } = server.address() as AddressInfo;
        return `http://127.0.0.1:${port}`;
    }

    const development = (overrides: Record<string, string> = {}) => ({ ...notificationTestConfig(overrides), NODE_ENV: 'development' });

    it('lists every message as JSON, newest first, without ids or idempotency keys', async () => {
        const base = await start(development());
        const response = await fetch(`${base}/dev/outbox.json`);
        expect(response.status).toBe(200);
        const entries = (await response.json()) as Array<Record<string, unknown>>;
        expect(entries.map((e) => e.to)).toEqual(['+15559999999', '+15551231234', 'jane@example.com']);
        expect(entries[2]).toEqual({
            channel: 'email',
            to: 'jane@example.com',
            subject: 'Code <1>',
            body: '<script>alert("x")</script> & 123456',
            createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        });
        expect(entries[0]).toMatchObject({ channel: 'sms', subject: null });
    });

    it('filters by recipient, also when the + of a phone number arrives unencoded', async () => {
        const base = await start(development());
        for (const query of ['to=%2B15551231234', 'to=+15551231234']) {
            const entries = (await (await fetch(`${base}/dev/outbox.json?${query}`)).json()) as Array<{ body: string }>;
            expect(entries.map((e) => e.body)).toEqual(['SMS code 654321']);
        }
        const email = (await (await fetch(`${base}/dev/outbox.json?to=jane%40example.com`)).json()) as unknown[];
        expect(email).toHaveLength(1);
    });

    it('honours ?limit= and rejects a limit out of range with 400', async () => {
        const base = await start(development());
        const entries = (await (await fetch(`${base}/dev/outbox.json?limit=1`)).json()) as Array<{ to: string }>;
        expect(entries.map((e) => e.to)).toEqual(['+15559999999']);
        expect((await fetch(`${base}/dev/outbox.json?limit=0`)).status).toBe(400);
        expect((await fetch(`${base}/dev/outbox.json?limit=lots`)).status).toBe(400);
    });

    it('serves an HTML page with every stored value escaped', async () => {
        const base = await start(development());
        const response = await fetch(`${base}/dev/outbox`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        const html = await response.text();
        expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 123456');
        expect(html).toContain('Code &lt;1&gt;');
        expect(html).not.toContain('<script>');
        expect(html.indexOf('+15559999999')).toBeLessThan(html.indexOf('jane@example.com'));
    });

    it('answers 404 in production', async () => {
        const base = await start({ ...notificationTestConfig(), NODE_ENV: 'production' });
        expect((await fetch(`${base}/dev/outbox`)).status).toBe(404);
        expect((await fetch(`${base}/dev/outbox.json`)).status).toBe(404);
    });

    it.each(['test', 'production'])('answers 404 with NODE_ENV=%s, even with DEV_OUTBOX=true', async (nodeEnv) => {
        const base = await start({ ...notificationTestConfig({ DEV_OUTBOX: 'true' }), NODE_ENV: nodeEnv });
        expect((await fetch(`${base}/dev/outbox`)).status).toBe(404);
        expect((await fetch(`${base}/dev/outbox.json`)).status).toBe(404);
    });

    it('answers 404 in development when DEV_OUTBOX=false', async () => {
        const base = await start(development({ DEV_OUTBOX: 'false' }));
        expect((await fetch(`${base}/dev/outbox.json`)).status).toBe(404);
    });

    it.each([
        ['X-Forwarded-For', '203.0.113.7'],
        ['X-Forwarded-Host', 'sendero.example.org'],
        ['X-Forwarded-Proto', 'https'],
        ['Forwarded', 'for=203.0.113.7'],
        ['X-Real-IP', '203.0.113.7'],
    ])('answers 404 to a request a proxy forwarded (%s)', async (header, value) => {
        const base = await start(development());
        expect((await fetch(`${base}/dev/outbox.json`, { headers: { [header]: value } })).status).toBe(404);
        expect((await fetch(`${base}/dev/outbox`, { headers: { [header]: value } })).status).toBe(404);
        expect((await fetch(`${base}/dev/outbox.json`)).status).toBe(200);
    });

    it('answers 404 when real senders are configured for both channels', async () => {
        const base = await start(development({ ...SMTP, ...TWILIO }));
        expect((await fetch(`${base}/dev/outbox`)).status).toBe(404);
        expect((await fetch(`${base}/dev/outbox.json`)).status).toBe(404);
    });

    it('hides the messages of a channel that has a real sender', async () => {
        const base = await start(development(SMTP));
        const entries = (await (await fetch(`${base}/dev/outbox.json`)).json()) as Array<{ channel: string }>;
        expect(entries.map((e) => e.channel)).toEqual(['sms', 'sms']);
        const html = await (await fetch(`${base}/dev/outbox`)).text();
        expect(html).not.toContain('jane@example.com');
    });
});
