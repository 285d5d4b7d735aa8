import type { Activity } from 'botbuilder';
import { DirectLineConversationMissing } from '../../../store/directLineRepository';
import { createTestStore, type TestStore } from '../../support/testStore';
import { startDirectLineTestServer, WELCOME_TEXT, type DirectLineTestServer } from '../../support/directLineTestServer';

interface Session {
    token: string;
    conversationId: string;
    userId: string;
}

let testStore: TestStore;
let server: DirectLineTestServer;

beforeEach(async () => {
    testStore = await createTestStore();
    server = await startDirectLineTestServer({ databaseUrl: testStore.databaseUrl });
});

afterEach(async () => {
    await server.close();
    await testStore.dispose();
});

async function request(path: string, token?: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(server.baseUrl + path, {
        method: body === undefined && !path.endsWith('/conversations') && !path.endsWith('/token') ? 'GET' : 'POST',
        headers: {
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
            ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function startedSession(): Promise<Session> {
    const session = (await request('/api/directline/token')).body as unknown as Session;
    expect((await request('/v3/directline/conversations', session.token)).status).toBe(201);
    return session;
}

async function say(session: Session, text: string): Promise<void> {
    const answer = await request(`/v3/directline/conversations/${session.conversationId}/activities`, session.token, {
        type: 'message',
        text,
    });
    expect(answer.status).toBe(200);
}

async function messages(session: Session): Promise<(string | undefined)[]> {
    const answer = await request(`/v3/directline/conversations/${session.conversationId}/activities?watermark=`, session.token);
    expect(answer.status).toBe(200);
    return (answer.body.activities as Partial<Activity>[]).filter((a) => a.type === 'message').map((a) => a.text);
}

describe('persistence', () => {
    it('continues the same conversation with the same token after the server and its store are reopened', async () => {
        const session = await startedSession();
        await say(session, 'before restart');

        await server.close();
        // A new port: the test's HTTP client would otherwise reuse a keep-alive socket the old server closed.
        server = await startDirectLineTestServer({ databaseUrl: testStore.databaseUrl });

        expect(await messages(session)).toEqual([WELCOME_TEXT, 'before restart', 'Echo: before restart']);
        const reconnect = await request(`/v3/directline/conversations/${session.conversationId}?watermark=3`, session.token);
        expect(reconnect.status).toBe(200);
        await say(session, 'after restart');
        const answer = await request(`/v3/directline/conversations/${session.conversationId}/activities?watermark=3`, session.token);
        expect(answer.body.activities).toEqual([
            expect.objectContaining({ id: `${session.conversationId}|0000003`, text: 'after restart' }),
            expect.objectContaining({ id: `${session.conversationId}|0000004`, text: 'Echo: after restart' }),
        ]);
        // No second welcome after the restart.
        expect((await messages(session)).filter((text) => text === WELCOME_TEXT)).toHaveLength(1);
    });
});

describe('retention', () => {
    it('purges conversations idle longer than the retention, with their history and tokens, and keeps active ones', async () => {
        const idle = await startedSession();
        const active = await startedSession();
        await say(idle, 'old message');
        await testStore.client.directLineConversation.update({
            where: { id: idle.conversationId },
            data: { lastActivityAt: new Date(Date.now() - 25 * 60 * 60 * 1000) },
        });

        // The bot's state for both conversations, as the real bot would have written it.
        for (const session of [idle, active]) {
            await testStore.client.botStateItem.createMany({
                data: [
                    { key: `directline/conversations/${session.conversationId}`, document: '{}', eTag: '1' },
                    { key: `references/directline/${session.conversationId}/${session.userId}`, document: '{}', eTag: '1' },
                ],
            });
        }

        expect(await server.channel.purgeExpired()).toBe(1);

        const stateKeys = (await testStore.client.botStateItem.findMany()).map((row) => row.key);
        expect(stateKeys.some((key) => key.includes(idle.conversationId))).toBe(false);
        expect(stateKeys.filter((key) => key.includes(active.conversationId))).toHaveLength(2);
        expect(await testStore.client.directLineActivity.count({ where: { conversationId: idle.conversationId } })).toBe(0);
        expect(await testStore.client.directLineToken.count({ where: { conversationId: idle.conversationId } })).toBe(0);
        const gone = await request(`/v3/directline/conversations/${idle.conversationId}/activities`, idle.token);
        expect(gone.status).toBe(403);
        expect(await messages(active)).toEqual([WELCOME_TEXT]);
        expect(await server.channel.purgeExpired()).toBe(0);
    });

    it('keeps an idle conversation that is waiting for a case update, and lets it go once the updates stop', async () => {
        const waiting = await startedSession();
        await testStore.client.directLineConversation.update({
            where: { id: waiting.conversationId },
            data: { lastActivityAt: new Date(Date.now() - 25 * 60 * 60 * 1000) },
        });
        await testStore.client.caseSubscription.create({
            data: {
                id: 'subscription-1',
                receiptNumber: 'IOE0900000101',
                conversationKey: `directline/${waiting.conversationId}/${waiting.userId}`,
                reference: '{}',
                channelId: 'directline',
                deliverBy: 'conversation',
                locale: 'en',
                lastHash: 'h',
                nextCheckAt: new Date(),
            },
        });
        expect(await server.channel.purgeExpired()).toBe(0);
        await testStore.client.caseSubscription.update({ where: { id: 'subscription-1' }, data: { cancelledAt: new Date() } });
        expect(await server.channel.purgeExpired()).toBe(1);
    });

    it('counts idle time from the last activity, so a conversation in use is never purged', async () => {
        const session = await startedSession();
        const later = new Date(Date.now() + 23 * 60 * 60 * 1000);
        expect(await server.channel.purgeExpired(later)).toBe(0);
        const muchLater = new Date(Date.now() + 25 * 60 * 60 * 1000);
        expect(await server.channel.purgeExpired(muchLater)).toBe(1);
        expect(await testStore.client.directLineConversation.count({ where: { id: session.conversationId } })).toBe(0);
    });
});

describe('proactive messages', () => {
    it('delivers what the bot sends through continueConversation into the conversation history', async () => {
        const session = await startedSession();
        await server.channel.continueConversation(
            { conversation: { id: session.conversationId, isGroup: false, conversationType: 'personal', name: '' }, user: { id: session.userId, name: '' } },
            async (context) => {
                await context.sendActivity('Your case was updated.');
            },
        );
        expect(await messages(session)).toEqual([WELCOME_TEXT, 'Your case was updated.']);
    });

    it('refuses a conversation that no longer exists', async () => {
        await expect(
            server.channel.continueConversation(
                { conversation: { id: 'purged-conversation', isGroup: false, conversationType: 'personal', name: '' } },
                async (context) => {
                    await context.sendActivity('never stored');
                },
            ),
        ).rejects.toBeInstanceOf(DirectLineConversationMissing);
    });
});
