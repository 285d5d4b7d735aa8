import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import { DIRECT_LINE_BASE_PATH } from '../../bot/directline/directLineRoutes';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { FakeBotConnector } from '../support/fakeBotConnector';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * ConversationDelivery reaches a stored conversation outside its turns, whatever its channel: the built-in web chat
 * (its own Direct Line endpoint) or a Bot Framework channel (here the local stand-in for the Bot Connector).
 */
let app: TestApp;
let connector: FakeBotConnector;
let connectorUrl: string;

beforeAll(async () => {
    connector = new FakeBotConnector();
    connectorUrl = await connector.start();
    app = await startTestApp();
});
afterAll(async () => {
    await app.dispose();
    await connector.stop();
});

test('a proactive message reaches a web chat conversation and lands in its Direct Line history', async () => {
    const chat = await DirectLineTestClient.open(app.url);
    await chat.botReplies();
    const reference: Partial<ConversationReference> = {
        channelId: 'directline',
        serviceUrl: `${app.config.PUBLIC_BASE_URL}${DIRECT_LINE_BASE_PATH}/`,
        conversation: { id: chat.conversationId, isGroup: false, conversationType: 'personal', name: '' },
        user: { id: 'web-user', name: '' },
    };
    await app.delivery.send(reference, [{ type: 'message', text: 'Your case status changed.' }]);
    expect((await chat.botReplies()).map(replyText)).toEqual(['Your case status changed.']);
});

test('a proactive message reaches a Bot Framework conversation through its service URL', async () => {
    const conversationId = `teams-${randomUUID()}`;
    const reference: Partial<ConversationReference> = {
        channelId: 'msteams',
        serviceUrl: connectorUrl,
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        user: { id: 'teams-user', name: '' },
        bot: { id: 'bot', name: 'Sendero' },
    };
    await app.delivery.send(reference, [{ type: 'message', text: 'Your case status changed.' }]);
    const replies = await connector.waitForReplies(conversationId, 1);
    expect(replies.map((reply) => reply.text)).toEqual(['Your case status changed.']);
    // Nothing went to the web chat side for it.
    expect(connector.repliesTo(conversationId)).toHaveLength(1);
});

test('a web chat conversation that does not exist is refused, not sent elsewhere', async () => {
    const before = connector.replies.length;
    const reference: Partial<ConversationReference> = {
        channelId: 'directline',
        serviceUrl: `${app.config.PUBLIC_BASE_URL}${DIRECT_LINE_BASE_PATH}/`,
        conversation: { id: 'no-such-conversation', isGroup: false, conversationType: 'personal', name: '' },
    };
    await expect(app.delivery.send(reference, [{ type: 'message', text: 'hello' }])).rejects.toThrow();
    expect(connector.replies.length).toBe(before);
});
