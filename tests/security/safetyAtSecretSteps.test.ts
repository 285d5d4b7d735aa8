import type { Activity } from 'botbuilder';
import { en } from '../support/dialogHarness';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { waitForOutboxMessage } from '../support/outbox';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(60_000);

/**
 * Someone in danger is answered at every question, the password step too. What is typed there may be the password
 * itself: the answer to it must not keep it. The stored web transcript has the placeholder, not the text.
 */
const EMAIL = 'safety.secret@example.org';
const TYPED_AT_PASSWORD = 'I want to die 4417';

let app: TestApp;

beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'development' });
});
afterAll(async () => app?.dispose());

const texts = (replies: Partial<Activity>[]) => replies.filter((reply) => reply.type === 'message').map(replyText);

test('at the password step: the line to call, the password card again, and the message not kept', async () => {
    const chat = await DirectLineTestClient.open(app.url);
    await chat.botReplies();
    await chat.send('2');
    await chat.send('2');
    await chat.send(EMAIL);
    const code = (await waitForOutboxMessage(app.url, EMAIL)).body.match(/\b(\d{3}\s?\d{3})\b/)?.[1]?.replace(/\s/g, '') ?? '';
    await chat.send(code);
    const card = await chat.send('1');
    expect(card.flatMap((reply) => reply.attachments ?? [])).not.toHaveLength(0);

    const replies = await chat.send(TYPED_AT_PASSWORD);
    expect(texts(replies)[0]).toBe(en('safety.selfHarm.answer'));
    // The password step asks again (its card), and still waits for the password.
    expect(replies.flatMap((reply) => reply.attachments ?? []).map((attachment) => attachment.contentType)).toContain('application/vnd.microsoft.card.adaptive');
    const stored = JSON.stringify(await chat.history());
    expect(stored).not.toContain(TYPED_AT_PASSWORD);
});
