import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { FakeBotConnector } from '../support/fakeBotConnector';
import { startTestApp, type TestApp } from '../support/testApp';
import { en } from '../support/dialogHarness';

/** Teams-shaped activities (as the Teams channel posts them to /api/messages), answered through a local Bot Connector. */
let app: TestApp;
let connector: FakeBotConnector;
let serviceUrl: string;

const BOT = { id: '28:sendero-bot', name: 'Sendero' };

beforeAll(async () => {
    connector = new FakeBotConnector();
    serviceUrl = await connector.start();
    app = await startTestApp();
});
afterAll(async () => {
    await app.dispose();
    await connector.stop();
});

type Scope = 'personal' | 'groupChat' | 'channel';

function teamsActivity(scope: Scope, conversationId: string, fields: Partial<Activity>): Partial<Activity> {
    return {
        id: randomUUID(),
        channelId: 'msteams',
        serviceUrl,
        from: { id: '29:user-aad', name: 'Ana', aadObjectId: randomUUID() } as Activity['from'],
        recipient: BOT,
        conversation: { id: conversationId, isGroup: scope !== 'personal', conversationType: scope, tenantId: 'tenant-1', name: '' } as Activity['conversation'],
        channelData: { tenant: { id: 'tenant-1' }, ...(scope === 'channel' ? { team: { id: '19:team' }, channel: { id: conversationId } } : {}) },
        timestamp: new Date(),
        ...fields,
    };
}

/** A message that @mentions the bot, as Teams sends it: the mention is in the text and in an entity. */
function mentioning(text: string): Partial<Activity> {
    const mention = `<at>${BOT.name}</at>`;
    return {
        type: 'message',
        text: `${mention} ${text}`,
        entities: [{ type: 'mention', mentioned: BOT, text: mention }],
    };
}

async function post(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const conversationId = activity.conversation!.id;
    const before = connector.repliesTo(conversationId).length;
    const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
    expect(response.status).toBe(200);
    return connector.repliesTo(conversationId).slice(before);
}

const textOf = (reply: Partial<Activity>) => reply.text ?? (reply.attachments?.[0]?.content as { text?: string } | undefined)?.text ?? '';

describe('Microsoft Teams', () => {
    test('installing the app in personal scope gets the welcome and the menu as a card', async () => {
        const id = `a:${randomUUID()}`;
        const replies = await post(teamsActivity('personal', id, { type: 'conversationUpdate', membersAdded: [BOT, { id: '29:user-aad', name: 'Ana' }] }));
        expect(replies[0].text).toBe(en('welcome.greeting', { orgName: 'Ayuda Legal Test' }));
        expect(replies.at(-1)?.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.hero');
    });

    test('someone joining a team channel is not greeted there', async () => {
        const id = `19:${randomUUID()}@thread.tacv2`;
        expect(await post(teamsActivity('channel', id, { type: 'conversationUpdate', membersAdded: [{ id: '29:new-member', name: 'Luis' }] }))).toEqual([]);
    });

    test('an @mention of the bot is removed before the words are read', async () => {
        const id = `a:${randomUUID()}`;
        await post(teamsActivity('personal', id, mentioning('hi')));
        // "4" is an answer only as the whole message: the mention must be gone for the menu to take it.
        const replies = await post(teamsActivity('personal', id, mentioning('4')));
        expect(replies.map(textOf)).toContain(en('caseStatus.ask.receipt'));
    });

    test('account matters are refused in a group chat and in a channel, with the way to a private chat', async () => {
        for (const scope of ['groupChat', 'channel'] as const) {
            for (const said of ['find my account number', 'my cases', 'delete my account']) {
                const id = `19:${randomUUID()}@thread.v2`;
                const replies = await post(teamsActivity(scope, id, mentioning(said)));
                expect([scope, said, replies.map(textOf)]).toEqual([scope, said, expect.arrayContaining([en('privacy.privateChatOnly')])]);
            }
        }
    });
});
