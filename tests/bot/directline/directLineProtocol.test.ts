import type { Activity } from 'botbuilder';
import { DirectLineTokens } from '../../../bot/directline/directLineTokens';
import { DirectLineRepository } from '../../../store/directLineRepository';
import { createTestStore, type TestStore } from '../../support/testStore';
import { startDirectLineTestServer, WELCOME_TEXT, type DirectLineTestServer } from '../../support/directLineTestServer';

interface Answer {
    status: number;
    body: Record<string, unknown>;
}

interface Session {
    token: string;
    conversationId: string;
    userId: string;
}

let testStore: TestStore;
let server: DirectLineTestServer;

beforeAll(async () => {
    testStore = await createTestStore();
    server = await startDirectLineTestServer({ databaseUrl: testStore.databaseUrl, env: { MAX_MESSAGE_CHARS: '100' } });
});

afterAll(async () => {
    await server.close();
    await testStore.dispose();
});

async function call(
    path: string,
    init: { method?: string; token?: string; body?: unknown; rawBody?: string; contentType?: string } = {},
): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    let body: string | undefined;
    if (init.rawBody !== undefined) body = init.rawBody;
    else if (init.body !== undefined) body = JSON.stringify(init.body);
    if (body !== undefined) headers['Content-Type'] = init.contentType ?? 'application/json';
    const response = await fetch(server.baseUrl + path, { method: init.method ?? 'GET', headers, body });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function openSession(): Promise<Session> {
    const answer = await call('/api/directline/token', { method: 'POST', body: { locale: 'en-US' } });
    expect(answer.status).toBe(200);
    return answer.body as unknown as Session;
}

async function startedSession(): Promise<Session> {
    const session = await openSession();
    expect((await call('/v3/directline/conversations', { method: 'POST', token: session.token })).status).toBe(201);
    return session;
}

async function history(session: Session, watermark = ''): Promise<{ activities: Partial<Activity>[]; watermark: string }> {
    const answer = await call(`/v3/directline/conversations/${session.conversationId}/activities?watermark=${watermark}`, {
        token: session.token,
    });
    expect(answer.status).toBe(200);
    return answer.body as unknown as { activities: Partial<Activity>[]; watermark: string };
}

function post(session: Session, activity: Record<string, unknown>, conversationId = session.conversationId): Promise<Answer> {
    return call(`/v3/directline/conversations/${conversationId}/activities`, {
        method: 'POST',
        token: session.token,
        body: activity,
    });
}

const texts = (activities: Partial<Activity>[]) => activities.filter((a) => a.type === 'message').map((a) => a.text);

describe('token endpoint', () => {
    it('opens a new conversation bound to a server-chosen user and stores only the token hash', async () => {
        const answer = await call('/api/directline/token', { method: 'POST' });
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({
            token: expect.any(String),
            conversationId: expect.any(String),
            userId: expect.stringMatching(/^web-/),
            expires_in: 3600,
        });
        const other = await call('/api/directline/token', { method: 'POST' });
        expect(other.body.conversationId).not.toBe(answer.body.conversationId);
        expect(other.body.userId).not.toBe(answer.body.userId);

        const rows = await testStore.client.directLineToken.findMany({ where: { conversationId: String(answer.body.conversationId) } });
        expect(rows).toHaveLength(1);
        expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
        expect(rows[0].tokenHash).not.toContain(String(answer.body.token));
    });
});

describe('starting a conversation', () => {
    it('answers 201 and runs the welcome turn once, however often the client starts or reconnects', async () => {
        const session = await openSession();
        const created = await call('/v3/directline/conversations', { method: 'POST', token: session.token });
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({ conversationId: session.conversationId, token: session.token });
        expect(created.body.expires_in).toBeGreaterThan(3500);

        const first = await history(session);
        expect(texts(first.activities)).toEqual([WELCOME_TEXT]);
        expect(first.activities[0]).toMatchObject({
            id: `${session.conversationId}|0000000`,
            channelId: 'directline',
            from: { role: 'bot' },
            recipient: { id: session.userId },
            conversation: { id: session.conversationId },
        });
        expect(Date.parse(String(first.activities[0].timestamp))).not.toBeNaN();

        expect((await call('/v3/directline/conversations', { method: 'POST', token: session.token })).status).toBe(201);
        const reconnect = await call(`/v3/directline/conversations/${session.conversationId}?watermark=`, { token: session.token });
        expect(reconnect.status).toBe(200);
        expect(reconnect.body).toMatchObject({ conversationId: session.conversationId, token: session.token });
        expect(texts((await history(session)).activities)).toEqual([WELCOME_TEXT]);
    });

    it('starts the conversation on reconnect when the client never posted to /conversations', async () => {
        const session = await openSession();
        const reconnect = await call(`/v3/directline/conversations/${session.conversationId}`, { token: session.token });
        expect(reconnect.status).toBe(200);
        expect(texts((await history(session)).activities)).toEqual([WELCOME_TEXT]);
    });
});

describe('posting activities', () => {
    it('echoes the user activity with its clientActivityID, forces the sender, then stores the bot reply', async () => {
        const session = await startedSession();
        const answer = await post(session, {
            type: 'message',
            text: 'hello',
            locale: 'es-US',
            from: { id: 'someone-else', role: 'bot' },
            channelData: { clientActivityID: 'client-1' },
        });
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({ id: `${session.conversationId}|0000001` });

        const { activities } = await history(session, '1');
        expect(activities).toHaveLength(2);
        const [echo, reply] = activities;
        expect(echo).toMatchObject({
            type: 'message',
            id: `${session.conversationId}|0000001`,
            text: 'hello',
            locale: 'es-US',
            channelId: 'directline',
            from: { id: session.userId, role: 'user' },
            channelData: { clientActivityID: 'client-1' },
        });
        expect(Date.parse(String(echo.timestamp))).not.toBeNaN();
        expect(reply).toMatchObject({
            type: 'message',
            id: `${session.conversationId}|0000002`,
            text: 'Echo: hello',
            replyToId: echo.id,
            from: { role: 'bot' },
        });
    });

    it('delivers a text longer than MAX_MESSAGE_CHARS to the bot, which decides what to say', async () => {
        const session = await startedSession();
        const long = 'a'.repeat(500);
        expect((await post(session, { type: 'message', text: long })).status).toBe(200);
        expect(texts((await history(session)).activities)).toContain(`Echo: ${long}`);
    });

    it('stores events the bot sends, such as the language switch, like any other activity', async () => {
        const session = await startedSession();
        await post(session, { type: 'message', text: 'español' });
        const { activities } = await history(session);
        expect(activities).toContainEqual(
            expect.objectContaining({ type: 'event', name: 'sendero.languageChanged', value: 'es', from: expect.objectContaining({ role: 'bot' }) }),
        );
    });

    it('rejects malformed JSON, wrong shapes, oversized bodies and uploads with a 4xx and an error object', async () => {
        const session = await startedSession();
        const path = `/v3/directline/conversations/${session.conversationId}/activities`;

        const malformed = await call(path, { method: 'POST', token: session.token, rawBody: '{"type": "message", ' });
        expect(malformed.status).toBe(400);
        expect(malformed.body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });

        const notJsonType = await call(path, { method: 'POST', token: session.token, rawBody: 'hello', contentType: 'text/plain' });
        expect(notJsonType.status).toBe(400);

        for (const activity of [[], { text: 'no type' }, { type: 'invoke', name: 'x' }, { type: 'message', text: 42 }]) {
            const wrong = await post(session, activity as Record<string, unknown>);
            expect(wrong.status).toBe(400);
            expect(wrong.body).toMatchObject({ error: { code: 'BadArgument' } });
        }

        const huge = await post(session, { type: 'message', text: 'x'.repeat(70 * 1024) });
        expect(huge.status).toBe(413);
        expect(huge.body).toMatchObject({ error: { code: 'MessageSizeTooBig' } });

        const withAttachment = await post(session, {
            type: 'message',
            attachments: [{ contentType: 'image/png', contentUrl: 'http://example.invalid/x.png' }],
        });
        expect(withAttachment.status).toBe(415);

        const upload = await call(`/v3/directline/conversations/${session.conversationId}/upload?userId=x`, {
            method: 'POST',
            token: session.token,
            body: { type: 'message' },
        });
        expect(upload.status).toBe(415);
        expect(upload.body).toMatchObject({ error: { code: 'AttachmentsNotSupported' } });

        // None of the refused posts reached the history.
        expect(texts((await history(session)).activities)).toEqual([WELCOME_TEXT]);
    });
});

describe('watermarks', () => {
    it('returns only the activities after the watermark, and the watermark to continue from', async () => {
        const session = await startedSession();
        const start = await history(session);
        expect(start.watermark).toBe('1');

        await post(session, { type: 'message', text: 'one' });
        const afterOne = await history(session, start.watermark);
        expect(texts(afterOne.activities)).toEqual(['one', 'Echo: one']);
        expect(afterOne.watermark).toBe('3');

        await post(session, { type: 'message', text: 'two' });
        const afterTwo = await history(session, afterOne.watermark);
        expect(texts(afterTwo.activities)).toEqual(['two', 'Echo: two']);
        expect(afterTwo.watermark).toBe('5');

        const nothingNew = await history(session, afterTwo.watermark);
        expect(nothingNew).toEqual({ activities: [], watermark: '5' });

        const everything = await history(session);
        expect(texts(everything.activities)).toEqual([WELCOME_TEXT, 'one', 'Echo: one', 'two', 'Echo: two']);

        const bad = await call(`/v3/directline/conversations/${session.conversationId}/activities?watermark=abc`, {
            token: session.token,
        });
        expect(bad.status).toBe(400);
    });
});

describe('tokens', () => {
    it('refreshes a token into a new one for the same conversation', async () => {
        const session = await startedSession();
        const refreshed = await call('/v3/directline/tokens/refresh', { method: 'POST', token: session.token });
        expect(refreshed.status).toBe(200);
        expect(refreshed.body).toMatchObject({ conversationId: session.conversationId, expires_in: 3600 });
        expect(refreshed.body.token).not.toBe(session.token);

        const renewed = { ...session, token: String(refreshed.body.token) };
        expect((await post(renewed, { type: 'message', text: 'after refresh' })).status).toBe(200);
        expect(texts((await history(renewed)).activities)).toContain('Echo: after refresh');
    });

    it('refuses a missing, unknown or expired token with 403', async () => {
        const session = await startedSession();
        const path = `/v3/directline/conversations/${session.conversationId}/activities`;
        expect((await call(path)).status).toBe(403);
        expect((await call(path, { token: 'sdl1.not-a-real-token' })).status).toBe(403);
        expect((await call('/v3/directline/conversations', { method: 'POST' })).status).toBe(403);
        expect((await call('/v3/directline/tokens/refresh', { method: 'POST', token: 'garbage' })).status).toBe(403);

        const tokens = new DirectLineTokens(new DirectLineRepository(testStore.client), 60);
        const expired = await tokens.issue(session.conversationId, new Date(Date.now() - 61_000));
        const refused = await call(path, { token: expired.token });
        expect(refused.status).toBe(403);
        expect(refused.body).toMatchObject({ error: { code: 'TokenExpired' } });
        expect((await call('/v3/directline/tokens/refresh', { method: 'POST', token: expired.token })).status).toBe(403);
    });

    it("never shows or accepts one conversation's activities with another conversation's token", async () => {
        const alice = await startedSession();
        const mallory = await startedSession();
        await post(alice, { type: 'message', text: 'my secret case' });

        const read = await call(`/v3/directline/conversations/${alice.conversationId}/activities?watermark=`, {
            token: mallory.token,
        });
        expect(read.status).toBe(403);
        expect(JSON.stringify(read.body)).not.toContain('secret');

        expect((await post(mallory, { type: 'message', text: 'injected' }, alice.conversationId)).status).toBe(403);
        expect((await call(`/v3/directline/conversations/${alice.conversationId}`, { token: mallory.token })).status).toBe(403);
        expect(texts((await history(alice)).activities)).not.toContain('injected');
    });

    it('answers a conversation that does not exist like one that is not yours (403), and an unknown route 404', async () => {
        const session = await startedSession();
        expect((await call('/v3/directline/conversations/no-such-conversation/activities', { token: session.token })).status).toBe(403);
        expect((await post(session, { type: 'message', text: 'hi' }, 'no-such-conversation')).status).toBe(403);
        const unknownRoute = await call('/v3/directline/no-such-route', { token: session.token });
        expect(unknownRoute.status).toBe(404);
        expect(unknownRoute.body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    });
});

describe('logging', () => {
    it('never writes tokens or message texts to the log', async () => {
        const session = await startedSession();
        await post(session, { type: 'message', text: 'my receipt is IOE0912345678' });
        await call(`/v3/directline/conversations/${session.conversationId}/activities`, {
            method: 'POST',
            token: session.token,
            rawBody: '{bad',
        });
        const log = server.logLines.join('\n');
        expect(log).not.toContain(session.token);
        expect(log).not.toContain('IOE0912345678');
    });
});
