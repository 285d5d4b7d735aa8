import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { ReusedClientsAuthentication } from '../../bot/reusedConnectorClients';
import { FakeBotConnector } from '../support/fakeBotConnector';
import { startTestApp, type TestApp } from '../support/testApp';

/** No credentials: authentication off, as outside production without a MicrosoftAppId. */
const anonymous = () => new ReusedClientsAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: '' });

function message(serviceUrl: string, conversationId: string, text: string): Partial<Activity> {
    return {
        type: 'message',
        id: randomUUID(),
        channelId: 'emulator',
        serviceUrl,
        from: { id: `user-${conversationId}`, name: 'User' },
        recipient: { id: 'sendero-bot', name: 'Sendero' },
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        text,
    } as Partial<Activity>;
}

describe('connector clients are made once and reused', () => {
    test('two turns for one service URL get the same client; another service URL gets its own', async () => {
        const authentication = anonymous();
        const first = await authentication.authenticateRequest(message('http://127.0.0.1:1/', 'a', 'hi') as Activity, '');
        const second = await authentication.authenticateRequest(message('http://127.0.0.1:1/', 'b', 'hi') as Activity, '');
        const one = await first.connectorFactory!.create('http://127.0.0.1:1/', first.audience);
        expect(await second.connectorFactory!.create('http://127.0.0.1:1/', second.audience)).toBe(one);
        const other = await second.connectorFactory!.create('http://127.0.0.1:2/', second.audience);
        expect(other).not.toBe(one);
        // Proactive turns (continueConversation) ask for a factory directly: the same clients.
        expect(await authentication.createConnectorFactory(first.claimsIdentity).create('http://127.0.0.1:1/', first.audience)).toBe(one);
        expect(await authentication.createUserTokenClient(first.claimsIdentity)).toBe(await authentication.createUserTokenClient(second.claimsIdentity));
    });
});

describe('through the server', () => {
    let app: TestApp;
    const connectors = [new FakeBotConnector(), new FakeBotConnector()];
    let serviceUrls: string[];

    beforeAll(async () => {
        serviceUrls = await Promise.all(connectors.map((connector) => connector.start()));
        app = await startTestApp();
    });
    afterAll(async () => {
        await app.dispose();
        await Promise.all(connectors.map((connector) => connector.stop()));
    });

    test('turns alternating between two channel services each answer to their own service', async () => {
        const conversations = [randomUUID(), randomUUID()];
        for (let round = 0; round < 3; round += 1) {
            for (const index of [0, 1]) {
                const response = await fetch(`${app.url}/api/messages`, {
                    method: 'POST',
                    headers: { 'Content-Type': 'application/json' },
                    body: JSON.stringify(message(serviceUrls[index], conversations[index], 'help')),
                });
                expect(response.status).toBe(200);
            }
        }
        for (const index of [0, 1]) {
            expect(connectors[index].repliesTo(conversations[index]).length).toBeGreaterThanOrEqual(3);
            expect(connectors[index].repliesTo(conversations[1 - index])).toEqual([]);
        }
    });
});
