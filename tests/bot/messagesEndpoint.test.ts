import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Activity } from 'botbuilder';
import { FakeBotConnector } from '../support/fakeBotConnector';
import { startTestApp, type TestApp } from '../support/testApp';
import { en, es } from '../support/dialogHarness';

let app: TestApp;
let connector: FakeBotConnector;
let serviceUrl: string;

beforeAll(async () => {
    connector = new FakeBotConnector();
    serviceUrl = await connector.start();
    app = await startTestApp();
});
afterAll(async () => {
    await app.dispose();
    await connector.stop();
});

function activity(channelId: string, conversationId: string, fields: Partial<Activity>): Partial<Activity> {
    return {
        id: randomUUID(),
        channelId,
        serviceUrl,
        from: { id: `user-${conversationId}`, name: 'User' },
        recipient: { id: 'sendero-bot', name: 'Sendero' },
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        timestamp: new Date(),
        ...fields,
    } as Partial<Activity>;
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
    });
}

async function say(channelId: string, conversationId: string, text: string, extra: Partial<Activity> = {}) {
    const before = connector.repliesTo(conversationId).length;
    const response = await post(activity(channelId, conversationId, { type: 'message', text, ...extra }));
    expect(response.status).toBe(200);
    // The HTTP answer comes after the turn, so every reply has reached the connector by now.
    return connector.repliesTo(conversationId).slice(before);
}

async function join(channelId: string, conversationId: string, locale?: string) {
    const response = await post(
        activity(channelId, conversationId, {
            type: 'conversationUpdate',
            locale,
            membersAdded: [
                { id: 'sendero-bot', name: 'Sendero' },
                { id: `user-${conversationId}`, name: 'User' },
            ],
        }),
    );
    expect(response.status).toBe(200);
    return connector.repliesTo(conversationId);
}

describe.each(['emulator', 'msteams', 'sms'])('POST /api/messages on channel %s, replies through the Bot Connector', (channelId) => {
    test('a new member is welcomed and offered the menu; picking an option gets its answer', async () => {
        const conversationId = `${channelId}-${randomUUID()}`;
        const welcome = await join(channelId, conversationId);
        expect(welcome[0].text).toBe(en('welcome.greeting', { orgName: 'Ayuda Legal Test' }));
        // By SMS the short variant of a text is said, where the locale has one.
        expect(welcome[1].text).toBe(en('welcome.safety', channelId === 'sms' ? { context: 'sms' } : {}));
        const menu = welcome[2];
        if (channelId === 'msteams') {
            expect(menu.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.hero');
        } else if (channelId === 'sms') {
            expect(menu.text).toMatch(/1\. Find my account number[\s\S]*7\. Talk to a person/);
        } else {
            expect(menu.suggestedActions?.actions).toHaveLength(7);
        }
        // Common questions opens its own menu of topics.
        const replies = await say(channelId, conversationId, '5');
        const last = replies.at(-1);
        // Teams gets choices as a hero card, whose text carries the question.
        expect(last?.text ?? (last?.attachments?.[0].content as { text?: string }).text).toContain(en('faq.menu.prompt'));
    });

    test('the channel locale es-MX gives Spanish', async () => {
        const conversationId = `${channelId}-es-${randomUUID()}`;
        const welcome = await join(channelId, conversationId, 'es-MX');
        expect(welcome[0].text).toBe(es('welcome.greeting', { orgName: 'Ayuda Legal Test' }));
    });
});

describe('first contact without a welcome (SMS sends no conversationUpdate)', () => {
    test('the first message is welcomed and, when it names a need, goes straight there', async () => {
        const conversationId = `sms-${randomUUID()}`;
        const replies = await say('sms', conversationId, 'I want to check my case status');
        expect(replies[0].text).toBe(en('welcome.greeting', { orgName: 'Ayuda Legal Test' }));
        expect(replies[2].text).toBe(en('caseStatus.ask.receipt'));
    });

    test('a greeting gets the welcome and the menu', async () => {
        const conversationId = `sms-${randomUUID()}`;
        const replies = await say('sms', conversationId, 'hola', { locale: 'es' });
        expect(replies.map((reply) => reply.text)).toEqual([
            es('welcome.greeting', { orgName: 'Ayuda Legal Test' }),
            es('welcome.safety', { context: 'sms' }),
            // "hola" is understood as a greeting, which the welcome's own hello answers: no second hello, the menu.
            expect.stringContaining(es('menu.prompt')),
        ]);
    });

    test('a greeting that also asks something is answered where it asked', async () => {
        const replies = await say('sms', `sms-${randomUUID()}`, 'hi, I want to check my case status');
        expect(replies.map((reply) => reply.text)).not.toContain(en('understanding.greeting'));
        expect(replies.at(-1)?.text).toBe(en('caseStatus.ask.receipt'));
    });

    test('a language switch is remembered for the next conversation of the same user', async () => {
        const user = `user-${randomUUID()}`;
        await say('sms', `sms-${randomUUID()}`, 'español', { from: { id: user, name: '' } });
        const replies = await say('sms', `sms-${randomUUID()}`, 'hi', { from: { id: user, name: '' } });
        expect(replies[0].text).toBe(es('welcome.greeting', { orgName: 'Ayuda Legal Test' }));
    });
});

describe('privacy', () => {
    test('account matters are not handled in a Teams group chat: the user is asked to write one-to-one', async () => {
        const conversationId = `msteams-group-${randomUUID()}`;
        const group = { conversation: { id: conversationId, isGroup: true, conversationType: 'groupChat', name: '' } } as Partial<Activity>;
        await say('msteams', conversationId, 'hi', group);
        for (const option of ['1', '2', '6']) {
            const replies = await say('msteams', conversationId, option, group);
            expect(replies[0].text).toBe(en('privacy.privateChatOnly'));
        }
        // Questions that are not personal still work there.
        expect((await say('msteams', conversationId, '7', group))[0].text).toContain(en('contact.intro'));
    });

    test('the first message itself is not kept in conversation state', async () => {
        const conversationId = `sms-${randomUUID()}`;
        const firstWords = `I want to check my case status ${randomUUID()}`;
        await say('sms', conversationId, firstWords);
        const db = new Database(app.databaseFile);
        const rows = JSON.stringify(db.prepare('SELECT document FROM BotStateItem').all());
        db.close();
        expect(rows).not.toContain(firstWords);
    });
});

describe('bad input gets a clear answer or a 4xx, never a 5xx', () => {
    test('an empty message gets a localized "no text" answer and the question again', async () => {
        const conversationId = `emulator-${randomUUID()}`;
        await join('emulator', conversationId);
        const replies = await say('emulator', conversationId, '   ');
        expect(replies[0].text).toBe(en('input.empty'));
        expect(replies[1].text).toContain(en('menu.prompt'));
    });

    test('a 20,000-character message is refused politely and loses the user nothing', async () => {
        const conversationId = `emulator-${randomUUID()}`;
        await join('emulator', conversationId);
        const replies = await say('emulator', conversationId, 'a'.repeat(20000));
        expect(replies[0].text).toBe(en('input.tooLong', { count: 20000, limit: 5000 }));
        const next = await say('emulator', conversationId, '7');
        expect(next[0].text).toContain(en('contact.intro'));
    });

    test('a picture instead of text is answered in the user language', async () => {
        const conversationId = `emulator-${randomUUID()}`;
        await join('emulator', conversationId, 'es-US');
        const replies = await say('emulator', conversationId, '', {
            text: undefined,
            locale: 'es-US',
            attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1/x.png' }],
        });
        expect(replies[0].text).toBe(es('input.notText'));
    });

    test('malformed JSON is a 400', async () => {
        expect((await post('{"type": "message", ')).status).toBe(400);
    });

    test('a body that is no activity is a 4xx', async () => {
        const response = await post({ hello: 'world' });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
    });

    test('an activity with nowhere to send its replies is a 400 at once, naming serviceUrl', async () => {
        const conversationId = `no-service-url-${randomUUID()}`;
        const { serviceUrl: _omitted, ...withoutServiceUrl } = activity('emulator', conversationId, { type: 'message', text: 'hi' });
        for (const body of [withoutServiceUrl, { ...withoutServiceUrl, deliveryMode: 'normal' }, { ...withoutServiceUrl, serviceUrl: 'file:///etc/passwd' }, { ...withoutServiceUrl, serviceUrl: 'not a url' }]) {
            const response = await post(body);
            expect(response.status).toBe(400);
            expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^serviceUrl: /);
        }
        expect(connector.repliesTo(conversationId)).toEqual([]);
    });

    test('replies asked for in the HTTP answer need no serviceUrl', async () => {
        const { serviceUrl: _omitted, ...withoutServiceUrl } = activity('emulator', `expect-replies-${randomUUID()}`, { type: 'message', text: 'hi', deliveryMode: 'expectReplies' });
        const response = await post(withoutServiceUrl);
        expect(response.status).toBe(200);
        const replies = ((await response.json()) as { activities: Partial<Activity>[] }).activities;
        expect(replies.map((reply) => reply.text).join('\n')).toContain(en('menu.prompt'));
    });

    test('a body over the limit is a 413', async () => {
        const response = await post(activity('emulator', 'big', { type: 'message', text: 'x'.repeat(300 * 1024) }));
        expect(response.status).toBe(413);
    });

    test('an unsupported invoke is a 400, not a 501', async () => {
        const response = await post(activity('msteams', `msteams-${randomUUID()}`, { type: 'invoke', name: 'something/unknown' }));
        expect(response.status).toBe(400);
    });

    test('typing, events and reactions are accepted and get no reply', async () => {
        const conversationId = `emulator-${randomUUID()}`;
        for (const type of ['typing', 'event', 'messageReaction', 'endOfConversation']) {
            expect((await post(activity('emulator', conversationId, { type, name: 'x' }))).status).toBeLessThan(300);
        }
        expect(connector.repliesTo(conversationId)).toHaveLength(0);
    });

    test('the server is still healthy afterwards', async () => {
        expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
        const ready = await fetch(`${app.url}/readyz`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toEqual({ status: 'ready' });
    });
});

describe('a failing turn', () => {
    test('gets a localized apology, keeps the server up, and the conversation can go on', async () => {
        const conversationId = `emulator-${randomUUID()}`;
        await join('emulator', conversationId, 'es-US');
        // Damage this conversation's stored state so the next turn cannot load it.
        const db = new Database(app.databaseFile);
        db.prepare('UPDATE BotStateItem SET document = ? WHERE key = ?').run('{not json', `emulator/conversations/${conversationId}`);
        db.close();
        const replies = await say('emulator', conversationId, 'hola', { locale: 'es-US' });
        expect(replies.map((reply) => reply.text)).toEqual([es('errors.turn')]);
        expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
        expect(app.logs.some((line) => line.event === 'turnError' && line.conversation === conversationId)).toBe(true);
    });
});

describe('concurrency', () => {
    test('50 messages sent at once to one conversation are all handled, one after another', async () => {
        const conversationId = `emulator-${randomUUID()}`;
        await join('emulator', conversationId);
        const before = connector.repliesTo(conversationId).length;
        const responses = await Promise.all(
            Array.from({ length: 50 }, () => post(activity('emulator', conversationId, { type: 'message', text: 'help' }))),
        );
        expect(responses.map((response) => response.status)).toEqual(Array(50).fill(200));
        // Each "help" gets the help text and the menu again: two replies per turn, none lost.
        expect(connector.repliesTo(conversationId).length - before).toBe(100);
        const db = new Database(app.databaseFile);
        const row = db.prepare('SELECT document FROM BotStateItem WHERE key = ?').get(`emulator/conversations/${conversationId}`) as { document: string };
        db.close();
        expect(JSON.parse(row.document).facts.messageCount).toBe(50);
    });
});

describe('logging', () => {
    test('one line per turn with conversation, channel, dialog, outcome and latency, and never the message text', async () => {
        const conversationId = `emulator-${randomUUID()}`;
        const secretish = `my-private-words-${randomUUID()}`;
        await say('emulator', conversationId, secretish);
        const line = app.logs.find((entry) => entry.event === 'turn' && entry.conversation === conversationId);
        expect(line).toMatchObject({ channel: 'emulator', outcome: 'ok', dialog: expect.any(String), latencyMs: expect.any(Number) });
        expect(JSON.stringify(app.logs)).not.toContain(secretish);
    });
});

describe('authentication', () => {
    test('with a MicrosoftAppId, a request without a valid token is refused', async () => {
        const secured = await startTestApp({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'not-used-offline' });
        try {
            const response = await fetch(`${secured.url}/api/messages`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify(activity('emulator', 'c', { type: 'message', text: 'hi' })),
            });
            expect(response.status).toBe(401);
        } finally {
            await secured.dispose();
        }
    });
});
