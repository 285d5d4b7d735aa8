import { randomUUID } from 'node:crypto';
import { en } from '../support/dialogHarness';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { FakeBotConnector } from '../support/fakeBotConnector';
import { waitForOutboxMessage } from '../support/outbox';
import { describeEachStore } from '../support/testPostgres';
import { startTestAppOn, type TestApp } from '../support/testApp';

/**
 * On a channel that cannot mask input (SMS through the Bot Connector), the password is set on the password page
 * reached by a single-use link, and the chat goes on by itself once it is saved: a proactive message through the
 * channel. The web widget does the same when the user asks for the link. On SQLite, and on PostgreSQL when
 * TEST_POSTGRES_URL is set.
 */
const PASSWORD = 'Linked!Passw0rd-4410';

describeEachStore('a password set through a link', (provider) => {
    let app: TestApp;
    let connector: FakeBotConnector;
    let serviceUrl: string;

    beforeAll(async () => {
        connector = new FakeBotConnector();
        serviceUrl = await connector.start();
        // Development, so the dev outbox is served (the codes are read from it).
        app = await startTestAppOn(provider, { NODE_ENV: 'development' });
    });
    afterAll(async () => {
        await app?.dispose();
        await connector.stop();
    });

    async function latestCode(to: string): Promise<string> {
        const message = await waitForOutboxMessage(app.url, to);
        return message.body.match(/\b(\d{3}\s?\d{3})\b/)![1].replace(/\s/g, '');
    }

    /** Sets the password on the page the link leads to, as a browser form would. */
    async function setPasswordOnPage(link: string): Promise<Response> {
        const page = await fetch(link);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('type="password"');
        return fetch(link, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ password: PASSWORD, confirm: PASSWORD }).toString(),
        });
    }

    const linkIn = (texts: string[]) => texts.join('\n').match(/(http:\/\/\S+\/account\/password\/[\w-]+)/)?.[1];

    test('SMS: the link sets the password and the conversation continues by itself', async () => {
        const conversationId = `sms-${randomUUID()}`;
        const email = 'sms.person@example.org';
        const say = async (text: string): Promise<string[]> => {
            const before = connector.repliesTo(conversationId).length;
            const response = await fetch(`${app.url}/api/messages`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({
                    type: 'message',
                    id: randomUUID(),
                    channelId: 'sms',
                    serviceUrl,
                    from: { id: '+15551230000' },
                    recipient: { id: 'bot' },
                    conversation: { id: conversationId },
                    text,
                }),
            });
            expect(response.status).toBe(200);
            return connector.repliesTo(conversationId).slice(before).map((reply) => reply.text ?? '');
        };
        await say('hi');
        await say('2');
        // Which account: the second, an account with the organisation.
        await say('2');
        await say(email);
        await say(await latestCode(email));
        const link = linkIn(await say('1'));
        expect(link).toBeDefined();
        const before = connector.repliesTo(conversationId).length;
        const saved = await setPasswordOnPage(link!);
        expect(saved.status).toBe(200);
        const proactive = await connector.waitForReplies(conversationId, before + 2);
        const texts = proactive.slice(before).map((reply) => reply.text ?? '');
        expect(texts[0]).toBe(en('passwordCapture.saved'));
        expect(texts[1]).toContain(en('createAccount.twoStep.prompt'));
        // The link worked once.
        expect((await fetch(link!)).status).toBe(410);
    });

    test('web widget: "send link" works the same, and the reply lands in the Direct Line history', async () => {
        const email = 'web.person@example.org';
        const chat = await DirectLineTestClient.open(app.url);
        await chat.botReplies();
        await chat.send('2');
        await chat.send('2');
        await chat.send(email);
        await chat.send(await latestCode(email));
        await chat.send('1');
        const link = linkIn((await chat.send('send link')).map(replyText));
        expect(link).toBeDefined();
        expect((await setPasswordOnPage(link!)).status).toBe(200);
        // The chat goes on by itself, after the page has answered: wait (bounded) for its replies to be stored.
        const continued: string[] = [];
        for (let attempt = 0; attempt < 200 && continued.length < 2; attempt += 1) {
            if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 25));
            continued.push(...(await chat.botReplies()).map(replyText));
        }
        expect(continued[0]).toBe(en('passwordCapture.saved'));
        expect(continued[1]).toContain(en('createAccount.twoStep.prompt'));
        expect(JSON.stringify(await chat.history())).not.toContain(PASSWORD);
    });
});
