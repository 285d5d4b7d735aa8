import Database from 'better-sqlite3';
import { hashToken } from '../../bot/directline/directLineTokens';
import { DirectLineRepository } from '../../store/directLineRepository';
import { openStore } from '../../store/storeClient';
import { startTestApp, type TestApp } from '../support/testApp';

// Issue item 9 (unbounded Direct Line: tokens, conversations, refreshes) and the low item "a made-up conversation id
// answers 404 while a real one answers 403".

interface Issued {
    token: string;
    conversationId: string;
    expires_in: number;
}

async function takeToken(app: TestApp, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${app.url}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
}

async function issued(app: TestApp): Promise<Issued> {
    const response = await takeToken(app);
    expect(response.status).toBe(200);
    return (await response.json()) as Issued;
}

function refresh(app: TestApp, token: string): Promise<Response> {
    return fetch(`${app.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
}

function history(app: TestApp, conversationId: string, token: string): Promise<Response> {
    return fetch(`${app.url}/v3/directline/conversations/${encodeURIComponent(conversationId)}/activities`, { headers: { Authorization: `Bearer ${token}` } });
}

async function expectTooMany(response: Response, atLeastSeconds: number, atMostSeconds: number): Promise<void> {
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(atLeastSeconds);
    expect(retryAfter).toBeLessThanOrEqual(atMostSeconds);
    expect(await response.json()).toEqual({ error: { code: 'TooManyRequests', message: expect.any(String) } });
}

function rateLimitBuckets(app: TestApp): string[] {
    const db = new Database(app.databaseFile, { readonly: true });
    try {
        return (db.prepare('SELECT DISTINCT bucket FROM RateLimitEvent').all() as Array<{ bucket: string }>).map((row) => row.bucket);
    } finally {
        db.close();
    }
}

describe('the token endpoint is limited per client address', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp({ DIRECTLINE_TOKENS_PER_IP_PER_MINUTE: '3' });
    });
    afterAll(async () => {
        await app.dispose();
    });

    test('past the per-minute limit: 429 with Retry-After, and no conversation is created', async () => {
        for (let i = 0; i < 3; i++) expect((await takeToken(app)).status).toBe(200);
        const db = new Database(app.databaseFile, { readonly: true });
        const countConversations = () => (db.prepare('SELECT COUNT(*) AS n FROM DirectLineConversation').get() as { n: number }).n;
        const before = countConversations();
        await expectTooMany(await takeToken(app), 1, 60);
        // A forged X-Forwarded-For is not believed without TRUST_PROXY: still the same address.
        await expectTooMany(await takeToken(app, { 'X-Forwarded-For': '203.0.113.7' }), 1, 60);
        expect(countConversations()).toBe(before);
        db.close();
    });

    test('buckets are named by a hash of the address, never the address', () => {
        const buckets = rateLimitBuckets(app);
        expect(buckets.length).toBeGreaterThan(0);
        for (const bucket of buckets) {
            expect(bucket).toMatch(/^ip:[0-9a-f]{64}:/);
            expect(bucket).not.toContain('127.0.0.1');
        }
    });
});

describe('new conversations are limited per hour', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp({ DIRECTLINE_CONVERSATIONS_PER_IP_PER_HOUR: '2' });
    });
    afterAll(async () => {
        await app.dispose();
    });

    test('the third conversation in an hour is refused until the first leaves the window', async () => {
        await issued(app);
        await issued(app);
        await expectTooMany(await takeToken(app), 61, 3600);
    });
});

describe('behind a trusted proxy (TRUST_PROXY=1)', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp({ DIRECTLINE_TOKENS_PER_IP_PER_MINUTE: '1', TRUST_PROXY: '1' });
    });
    afterAll(async () => {
        await app.dispose();
    });

    test('the address the proxy appended counts, and what the client wrote before it does not', async () => {
        expect((await takeToken(app, { 'X-Forwarded-For': '198.51.100.1' })).status).toBe(200);
        expect((await takeToken(app, { 'X-Forwarded-For': '198.51.100.2' })).status).toBe(200);
        // Same client (198.51.100.1 as appended by the proxy), whatever it put in front.
        await expectTooMany(await takeToken(app, { 'X-Forwarded-For': '10.9.9.9, 198.51.100.1' }), 1, 60);
    });
});

describe('token refresh', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp({ DIRECTLINE_TOKENS_PER_IP_PER_MINUTE: '20' });
    });
    afterAll(async () => {
        await app.dispose();
    });

    /** The stored expiry of a token, read from the store by its hash. */
    function storedExpiry(token: string): Date {
        const db = new Database(app.databaseFile, { readonly: true });
        try {
            const row = db.prepare('SELECT expiresAt FROM DirectLineToken WHERE tokenHash = ?').get(hashToken(token)) as { expiresAt: number | string };
            return new Date(row.expiresAt);
        } finally {
            db.close();
        }
    }

    test('retires the old token: it works only for a short grace, and cannot be refreshed again', async () => {
        const first = await issued(app);
        const response = await refresh(app, first.token);
        expect(response.status).toBe(200);
        const second = (await response.json()) as Issued;
        expect(second.token).not.toBe(first.token);
        expect(second.conversationId).toBe(first.conversationId);

        // Requests already in flight with the old token still pass during the grace...
        expect((await history(app, first.conversationId, first.token)).status).toBe(200);
        // ...which ends within 30 seconds, instead of the old token's full hour.
        expect(storedExpiry(first.token).getTime()).toBeLessThanOrEqual(Date.now() + 30_000);
        // A copied old token cannot be turned into a fresh one.
        expect((await refresh(app, first.token)).status).toBe(403);
        // The new one works and refreshes as usual.
        expect((await history(app, second.conversationId, second.token)).status).toBe(200);
        expect((await refresh(app, second.token)).status).toBe(200);
    });

    test('two refreshes of one token at once: only one gets a token', async () => {
        const first = await issued(app);
        const answers = await Promise.all([refresh(app, first.token), refresh(app, first.token), refresh(app, first.token)]);
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 403, 403]);
    });

    test('a refreshed token never expires later than the chain start plus DIRECTLINE_TOKEN_MAX_LIFETIME_HOURS (24)', async () => {
        const { conversationId } = await issued(app);
        const store = await openStore(`file:${app.databaseFile}`);
        try {
            const repository = new DirectLineRepository(store);
            const now = Date.now();
            // A chain that began 23.5 hours ago; its current token (the conversation's newest) was issued just now.
            const nearlyOld = 'sdl1.chain-started-23h30m-ago-0000000000000000000000';
            await repository.saveToken(hashToken(nearlyOld), conversationId, new Date(now + 60 * 60_000), new Date(now), new Date(now - 23.5 * 3600_000));
            const response = await refresh(app, nearlyOld);
            expect(response.status).toBe(200);
            const renewed = (await response.json()) as Issued;
            expect(renewed.expires_in).toBeLessThanOrEqual(30 * 60);
            expect(renewed.expires_in).toBeGreaterThan(25 * 60);
            expect(storedExpiry(renewed.token).getTime()).toBeLessThanOrEqual(now - 23.5 * 3600_000 + 24 * 3600_000 + 1000);

            // A chain past its maximum lifetime is not extended at all.
            const tooOld = 'sdl1.chain-started-25h-ago-00000000000000000000000000';
            await repository.saveToken(hashToken(tooOld), conversationId, new Date(now + 10 * 60_000), new Date(Date.now()), new Date(now - 25 * 3600_000));
            const refused = await refresh(app, tooOld);
            expect(refused.status).toBe(403);
            expect(await refused.json()).toMatchObject({ error: { code: 'TokenExpired' } });
        } finally {
            await store.$disconnect();
        }
    });
});

describe('refreshes are limited per client address', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp({ DIRECTLINE_TOKENS_PER_IP_PER_MINUTE: '2' });
    });
    afterAll(async () => {
        await app.dispose();
    });

    test('past the limit: 429 with Retry-After, and the token presented is not retired', async () => {
        const session = await issued(app);
        let token = session.token;
        for (let i = 0; i < 2; i++) {
            const response = await refresh(app, token);
            expect(response.status).toBe(200);
            token = ((await response.json()) as Issued).token;
        }
        await expectTooMany(await refresh(app, token), 1, 60);
        expect((await history(app, session.conversationId, token)).status).toBe(200);
    });
});

describe('conversation ids are not an oracle', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp();
    });
    afterAll(async () => {
        await app.dispose();
    });

    test('a made-up conversation id and a real one that is not yours get the same answer', async () => {
        const mine = await issued(app);
        const theirs = await issued(app);
        const paths = (id: string) => [
            { method: 'GET', path: `/v3/directline/conversations/${id}` },
            { method: 'GET', path: `/v3/directline/conversations/${id}/activities` },
            { method: 'POST', path: `/v3/directline/conversations/${id}/activities`, body: JSON.stringify({ type: 'message', text: 'hi' }) },
            { method: 'POST', path: `/v3/directline/conversations/${id}/upload` },
        ];
        const answer = async (request: { method: string; path: string; body?: string }) => {
            const response = await fetch(`${app.url}${request.path}`, {
                method: request.method,
                headers: { Authorization: `Bearer ${mine.token}`, 'Content-Type': 'application/json' },
                body: request.body,
            });
            return { status: response.status, body: await response.text() };
        };
        const real = paths(theirs.conversationId);
        const madeUp = paths('made-up-conversation-id');
        for (const [index, request] of real.entries()) {
            const forReal = await answer(request);
            expect(forReal.status).toBe(403);
            expect(await answer(madeUp[index])).toEqual(forReal);
        }
    });
});
