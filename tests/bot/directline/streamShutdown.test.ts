import crypto from 'node:crypto';
import net from 'node:net';
import { startDirectLineTestServer } from '../../support/directLineTestServer';
import { createTestStore } from '../../support/testStore';

/**
 * A shutdown closes every open stream, even one whose client never answers the close frame (a phone that lost its
 * signal): it is cut, not left to hold the socket and the process for ws's 30-second close timeout.
 */
test('shutting down cuts a stream whose client never answers the close frame', async () => {
    const store = await createTestStore();
    const server = await startDirectLineTestServer({ databaseUrl: store.databaseUrl });
    try {
        const token = ((await (await fetch(`${server.baseUrl}/api/directline/token`, { method: 'POST' })).json()) as { token: string }).token;
        const started = await fetch(`${server.baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
        const streamUrl = new URL(((await started.json()) as { streamUrl: string }).streamUrl);

        // A bare TCP client: it upgrades, then reads and answers nothing.
        const socket = net.connect(Number(streamUrl.port), streamUrl.hostname);
        socket.on('data', () => undefined);
        const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
        await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
        const upgraded = new Promise<string>((resolve) => socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1'))));
        socket.write(
            `GET ${streamUrl.pathname}${streamUrl.search} HTTP/1.1\r\nHost: ${streamUrl.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
                `Sec-WebSocket-Key: ${crypto.randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        );
        expect(await upgraded).toMatch(/^HTTP\/1\.1 101 /);

        await server.close();
        // Cut by the server: with ws's close timeout this would wait 30 s, past this test's time limit.
        await closed;
        expect(socket.destroyed).toBe(true);
    } finally {
        await server.close().catch(() => undefined);
        await store.dispose();
    }
}, 20_000);
