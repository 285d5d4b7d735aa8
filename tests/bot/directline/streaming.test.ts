import WebSocket from 'ws';
import { DirectLineRepository } from '../../../store/directLineRepository';
import { openStore, type StoreClient } from '../../../store/storeClient';
import { startDirectLineTestServer, WELCOME_TEXT, type DirectLineTestServer } from '../../support/directLineTestServer';
import { createTestStore, type TestStore } from '../../support/testStore';

interface ActivitySet {
    activities: Array<{ id?: string; type?: string; text?: string; from?: { role?: string }; channelData?: Record<string, unknown> }>;
    watermark: string;
}

let testStore: TestStore;
let server: DirectLineTestServer;

beforeAll(async () => {
    testStore = await createTestStore();
    server = await startDirectLineTestServer({ databaseUrl: testStore.databaseUrl });
});

afterAll(async () => {
    await server?.close();
    await testStore?.dispose();
});

async function api(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${server.baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: {
            ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
            ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

/** A token from the page's endpoint, then Direct Line's start call, as directlinejs makes them. */
async function startConversation(): Promise<{ token: string; conversationId: string; streamUrl: string }> {
    const opened = await api('/api/directline/token', { method: 'POST', body: {} });
    const token = String(opened.body.token);
    const started = await api('/v3/directline/conversations', { method: 'POST', token });
    expect(started.status).toBe(201);
    return { token, conversationId: String(started.body.conversationId), streamUrl: String(started.body.streamUrl) };
}

/** An open socket and everything it receives, in order. */
class StreamClient {
    readonly sets: ActivitySet[] = [];
    private waiters: Array<() => void> = [];

    private constructor(readonly socket: WebSocket) {
        socket.on('message', (data) => {
            const text = data.toString();
            if (text) this.sets.push(JSON.parse(text) as ActivitySet);
            for (const wake of this.waiters.splice(0)) wake();
        });
        socket.on('close', () => {
            for (const wake of this.waiters.splice(0)) wake();
        });
    }

    static open(url: string): Promise<StreamClient> {
        return new Promise((resolve, reject) => {
            const socket = new WebSocket(url);
            const client = new StreamClient(socket);
            socket.once('open', () => resolve(client));
            socket.once('error', reject);
        });
    }

    get texts(): string[] {
        return this.sets.flatMap((set) => set.activities.map((activity) => activity.text ?? `(${activity.type})`));
    }

    /** Waits (up to 10 s, a safety net, not a timing assertion) until a received activity has `text`. */
    async waitForText(text: string): Promise<void> {
        const deadline = Date.now() + 10000;
        while (!this.texts.includes(text)) {
            if (Date.now() > deadline) throw new Error(`"${text}" never arrived; got ${JSON.stringify(this.texts)}`);
            if (this.socket.readyState !== WebSocket.OPEN) throw new Error(`socket closed before "${text}" arrived`);
            await new Promise<void>((resolve) => {
                this.waiters.push(resolve);
                setTimeout(resolve, 500);
            });
        }
    }

    close(): void {
        this.socket.close();
    }
}

/** The HTTP status an upgrade was refused with (or 101 when it was accepted). */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
    return new Promise((resolve, reject) => {
        const socket = new WebSocket(url, { headers });
        socket.once('open', () => {
            socket.close();
            resolve(101);
        });
        socket.once('unexpected-response', (_req, res) => {
            resolve(res.statusCode ?? 0);
            socket.terminate();
        });
        socket.once('error', (error) => {
            if (!/Unexpected server response/.test(error.message)) reject(error);
        });
    });
}

describe('Direct Line WebSocket streaming', () => {
    it('gives a streamUrl on start and pushes activity sets: the welcome, the user echo and the reply', async () => {
        const { token, conversationId, streamUrl } = await startConversation();
        expect(streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:${server.port}/v3/directline/conversations/${conversationId}/stream\\?t=`));

        const stream = await StreamClient.open(streamUrl);
        try {
            await stream.waitForText(WELCOME_TEXT);
            expect(stream.sets[0].watermark).toMatch(/^\d+$/);

            const posted = await api(`/v3/directline/conversations/${conversationId}/activities`, {
                method: 'POST',
                token,
                body: { type: 'message', text: 'hello', from: { id: 'x' }, channelData: { clientActivityID: 'client-1' } },
            });
            expect(posted.status).toBe(200);
            await stream.waitForText('Echo: hello');

            const all = stream.sets.flatMap((set) => set.activities);
            const echo = all.find((activity) => activity.text === 'hello');
            expect(echo?.from?.role).toBe('user');
            expect(echo?.channelData?.clientActivityID).toBe('client-1');
            // Each activity once, in order, and the watermarks only go forward.
            expect(stream.texts).toEqual([WELCOME_TEXT, 'hello', 'Echo: hello']);
            const watermarks = stream.sets.map((set) => Number(set.watermark));
            expect([...watermarks].sort((a, b) => a - b)).toEqual(watermarks);
        } finally {
            stream.close();
        }
    });

    it('reconnects from a watermark: the reconnect answer carries a streamUrl that skips what the client has', async () => {
        const { token, conversationId } = await startConversation();
        await api(`/v3/directline/conversations/${conversationId}/activities`, { method: 'POST', token, body: { type: 'message', text: 'one' } });
        const history = await api(`/v3/directline/conversations/${conversationId}/activities`, { token });
        const watermark = String(history.body.watermark);

        const reconnected = await api(`/v3/directline/conversations/${conversationId}?watermark=${watermark}`, { token });
        expect(reconnected.status).toBe(200);
        expect(String(reconnected.body.streamUrl)).toContain(`watermark=${watermark}`);
        const stream = await StreamClient.open(String(reconnected.body.streamUrl));
        try {
            await api(`/v3/directline/conversations/${conversationId}/activities`, { method: 'POST', token, body: { type: 'message', text: 'two' } });
            await stream.waitForText('Echo: two');
            expect(stream.texts).toEqual(['two', 'Echo: two']);
        } finally {
            stream.close();
        }
    });

    it('pushes what reaches the conversation from elsewhere: a proactive message, and a write by another process', async () => {
        const { conversationId, streamUrl } = await startConversation();
        const stream = await StreamClient.open(streamUrl);
        let otherProcess: StoreClient | undefined;
        try {
            await stream.waitForText(WELCOME_TEXT);
            // A notification or an agent's reply: ConversationDelivery continues the conversation through the channel.
            await server.channel.continueConversation(
                { conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' }, user: { id: 'u', name: '' } },
                async (context) => {
                    await context.sendActivity('Your case changed.');
                },
            );
            await stream.waitForText('Your case changed.');

            // Another Sendero process on the same database: its write never passes through this process's feed.
            otherProcess = await openStore(testStore.databaseUrl);
            await new DirectLineRepository(otherProcess).appendActivity(conversationId, (id) => ({
                type: 'message',
                id,
                text: 'An agent joined.',
                from: { id: 'agent', name: 'Agent', role: 'bot' },
            }));
            await stream.waitForText('An agent joined.');
        } finally {
            stream.close();
            await otherProcess?.$disconnect();
        }
    });

    it('refuses the upgrade with a bad, expired or other conversation token, and an unknown path', async () => {
        const mine = await startConversation();
        const theirs = await startConversation();
        const base = `ws://127.0.0.1:${server.port}/v3/directline/conversations`;

        expect(await upgradeStatus(mine.streamUrl)).toBe(101);
        expect(await upgradeStatus(`${base}/${mine.conversationId}/stream`)).toBe(403);
        expect(await upgradeStatus(`${base}/${mine.conversationId}/stream?t=sdl1.not-a-real-token`)).toBe(403);
        // Their token, my conversation id (and the other way round through the header).
        expect(await upgradeStatus(`${base}/${mine.conversationId}/stream?t=${encodeURIComponent(theirs.token)}`)).toBe(403);
        expect(await upgradeStatus(`${base}/${theirs.conversationId}/stream`, { Authorization: `Bearer ${mine.token}` })).toBe(403);
        expect(await upgradeStatus(`${base}/${theirs.conversationId}/stream`, { Authorization: `Bearer ${theirs.token}` })).toBe(101);
        expect(await upgradeStatus(`ws://127.0.0.1:${server.port}/anything-else`)).toBe(404);

        // Expired: the same token, once the store says its time is up.
        await server.store.directLineToken.updateMany({ where: { conversationId: mine.conversationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
        expect(await upgradeStatus(mine.streamUrl)).toBe(403);
    });

    it('sends nothing of one conversation to another conversation’s stream', async () => {
        const first = await startConversation();
        const second = await startConversation();
        const stream = await StreamClient.open(second.streamUrl);
        try {
            await stream.waitForText(WELCOME_TEXT);
            await api(`/v3/directline/conversations/${first.conversationId}/activities`, { method: 'POST', token: first.token, body: { type: 'message', text: 'secret of first' } });
            await api(`/v3/directline/conversations/${second.conversationId}/activities`, { method: 'POST', token: second.token, body: { type: 'message', text: 'mine' } });
            await stream.waitForText('Echo: mine');
            expect(stream.texts).not.toContain('secret of first');
            expect(stream.texts).not.toContain('Echo: secret of first');
        } finally {
            stream.close();
        }
    });
});
