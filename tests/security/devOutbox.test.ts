import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { OutboxNotifier } from '../../services/notifications/outboxNotifier';
import { readOutbox, waitForOutboxMessage } from '../support/outbox';
import { startTestApp, type TestApp } from '../support/testApp';
import { OutboxRepository } from '../../store/outboxRepository';

/**
 * The attack: /dev/outbox answered 404 to a remote address but 200 through a reverse proxy on the same host (the
 * proxy connects from 127.0.0.1), so anyone on the internet could read other people's codes. Now it is served only
 * with NODE_ENV=development and DEV_OUTBOX on, and never to a request that carries a proxy's headers.
 */
const RECIPIENT = 'outbox.reader@example.org';

/** A reverse proxy on 127.0.0.1 in front of `target`, adding X-Forwarded-For and X-Forwarded-Proto as nginx does. */
async function startReverseProxy(target: string): Promise<{ url: string; close(): Promise<void> }> {
    const upstream = new URL(target);
    const proxy = http.createServer((req, res) => {
        const forwarded = http.request(
            {
                host: upstream.hostname,
                port: upstream.port,
                method: req.method,
                agent: false,
                path: req.url,
                headers: { ...req.headers, host: upstream.host, 'x-forwarded-for': req.socket.remoteAddress ?? '', 'x-forwarded-proto': 'https' },
            },
            (answer) => {
                res.writeHead(answer.statusCode ?? 502, answer.headers);
                answer.pipe(res);
            },
        );
        req.pipe(forwarded);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}`,
        close: () =>
            new Promise<void>((resolve) => {
                proxy.close(() => resolve());
                proxy.closeAllConnections();
            }),
    };
}

/** Puts a message in the app's outbox, as the worker does when no real sender is configured. */
async function planted(app: TestApp): Promise<void> {
    const { openStore } = await import('../../store/storeClient');
    const store = await openStore(`file:${app.databaseFile}`);
    try {
        await new OutboxNotifier(new OutboxRepository(store)).send({ channel: 'email', to: RECIPIENT, subject: 'Code', body: 'Your code is 246810', idempotencyKey: 'planted' });
    } finally {
        await store.$disconnect();
    }
}

describe('the development outbox', () => {
    let app: TestApp | undefined;
    afterEach(async () => {
        await app?.dispose();
        app = undefined;
    });

    test('in development it is served to this machine, but answers 404 through a reverse proxy on the same host', async () => {
        app = await startTestApp({ NODE_ENV: 'development' });
        await planted(app);
        expect((await waitForOutboxMessage(app.url, RECIPIENT)).body).toBe('Your code is 246810');

        const proxy = await startReverseProxy(app.url);
        try {
            for (const page of ['/dev/outbox', '/dev/outbox.json', `/dev/outbox.json?to=${encodeURIComponent(RECIPIENT)}`]) {
                const response = await fetch(`${proxy.url}${page}`);
                expect({ page, status: response.status }).toEqual({ page, status: 404 });
                expect(await response.text()).not.toContain('246810');
            }
            // The proxy itself works: other pages come through it.
            expect((await fetch(`${proxy.url}/terms`)).status).toBe(200);
        } finally {
            await proxy.close();
        }
        expect((await fetch(`${app.url}/dev/outbox.json`, { headers: { Forwarded: 'for=203.0.113.9;proto=https' } })).status).toBe(404);
    });

    test.each([
        ['NODE_ENV=test', { NODE_ENV: 'test' }],
        ['NODE_ENV=test with DEV_OUTBOX=true', { NODE_ENV: 'test', DEV_OUTBOX: 'true' }],
        ['NODE_ENV=development with DEV_OUTBOX=false', { NODE_ENV: 'development', DEV_OUTBOX: 'false' }],
    ])('answers 404 with %s', async (_name, env) => {
        app = await startTestApp(env);
        await planted(app);
        expect((await fetch(`${app.url}/dev/outbox`)).status).toBe(404);
        expect((await fetch(`${app.url}/dev/outbox.json`)).status).toBe(404);
        await expect(readOutbox(app.url, RECIPIENT)).rejects.toThrow(/404/);
    });
});
