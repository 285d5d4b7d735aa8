import type { Activity } from 'botbuilder';
import { authenticator } from 'otplib';
import { startSendero, type RunningSendero } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { CASE_POLL_BUCKET } from '../../services/cases/caseStatusPoller';
import { SANDBOX_CASES } from '../../services/cases/sandboxFixtures';
import { freePort } from '../support/childServer';
import { en } from '../support/dialogHarness';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { waitForOutboxMessage } from '../support/outbox';
import { describeWithPostgres } from '../support/testPostgres';
import { startTestApp, startTestAppOn, type TestApp } from '../support/testApp';
import { testHasher } from '../support/testHasher';

/**
 * "Tell me when this changes", end to end over the web channel: create an account, add an IOE case with its Online
 * Access Code, check its status, say yes to updates, advance the sandbox case (the development route), and see
 * exactly one proactive message arrive in the chat. Then the same with two Sendero instances on one PostgreSQL
 * database (when TEST_POSTGRES_URL is set): both poll, one tells.
 *
 * The poller runs every 0.6 s here; "exactly one" is checked after it has looked the case up three more times since
 * the message came, counted in the store (no timing is asserted).
 */
const PASSWORD = 'Updates!Passw0rd-5521';
const ANSWERS = ['Quetzaltenango-5521', 'Azulejo-5521', 'Tamarindo-5521', 'Esperanza-5521', 'Volcan-5521'];

/** Fast polling, a quota that never runs out in a test, and sandbox cases that move only when advanced. */
const CASE_ENV = { NODE_ENV: 'development', CASE_SERVICE: 'sandbox', CASE_POLL_INTERVAL_MINUTES: '0.01', CASE_POLL_MAX_PER_HOUR: '100000', CASE_SANDBOX_STEP_MINUTES: '1440' };

/** A scheduled (advanceable) IOE sandbox case and its Online Access Code. */
function advanceableIoeCase(): { receipt: string; code: string } {
    for (const fixture of SANDBOX_CASES.values()) {
        const code = (fixture as { accessCode?: { code: string; issuedDaysBeforeFirstSeen: number; usedBeforeFirstSeen?: boolean } }).accessCode;
        if (fixture.kind === 'scheduled' && fixture.receiptNumber.startsWith('IOE') && code && code.issuedDaysBeforeFirstSeen < 90 && !code.usedBeforeFirstSeen) {
            return { receipt: fixture.receiptNumber, code: code.code };
        }
    }
    throw new Error('services/cases/sandboxFixtures.ts has no scheduled IOE case with a usable Online Access Code (needed to add it, then advance it)');
}

const texts = (replies: Partial<Activity>[]) => replies.filter((reply) => reply.type === 'message').map(replyText);
const NEWS = (receipt: string) => en('caseSubscriptions.changed.news', { receipt, title: '' }).split('""')[0];

/** The authenticator app's code now or for the next 30-second step (a used step is refused as a replay). */
function totp(secret: string, step: 'now' | 'next'): string {
    return authenticator.clone({ epoch: Date.now() + (step === 'next' ? 30_000 : 0) }).generate(secret);
}

/**
 * The whole conversation up to "Done. I will write here...": a new account (authenticator app), sign-in, the IOE case
 * added with its code, its status checked and updates accepted. Returns the open chat.
 */
async function subscribeOverTheWeb(app: { url: string }, email: string, ioe: { receipt: string; code: string }): Promise<DirectLineTestClient> {
    const chat = await DirectLineTestClient.open(app.url);
    await chat.botReplies();
    const say = async (text: string | Partial<Activity>) => texts(await chat.send(text)).join('\n');

    // Create an account with the organisation: email code, terms, password card, authenticator app, questions, type.
    await say(en('menu.options.createAccount.title'));
    expect(await say(en('chooseAccount.organization', { orgName: 'Ayuda Legal Test' }))).toContain(en('createAccount.email.prompt'));
    await say(email);
    const code = (await waitForOutboxMessage(app.url, email)).body.match(/\b(\d{3}\s?\d{3})\b/)![1].replace(/\s/g, '');
    expect(await say(code)).toContain(en('createAccount.terms.prompt'));
    await say('1');
    expect(await say({ value: { secret_password: PASSWORD, secret_confirm: PASSWORD } })).toContain(en('createAccount.twoStep.prompt'));
    const enrolment = await say('3');
    const secret = enrolment.match(/\b([A-Z2-7]{4}(?: [A-Z2-7]{4}){3,})\b/)![1].replace(/ /g, '');
    await say(totp(secret, 'now'));
    await say('1');
    for (const answer of ANSWERS.keys()) {
        await say(String(answer + 1));
        await say(ANSWERS[answer]);
    }
    expect(await say('1')).toMatch(/(\d{4}) (\d{4}) (\d{4})/);

    // Add the IOE case: the finished sign-up signed this chat in, so straight to the receipt, then its code.
    expect(await say(en('menu.options.addPaperCase.title'))).toContain(en('addCase.askReceipt').split('.')[0]);
    expect(await say(ioe.receipt)).toContain(en('addCase.askCode').split('.')[0]);
    expect(await say(ioe.code)).toContain(en('addCase.linked', { receipt: ioe.receipt }));

    // Check its status (the receipt typed at the menu goes straight there), then "tell me when this changes".
    expect(await say(ioe.receipt)).toContain(en('caseSubscriptions.offer.prompt'));
    // Signed in: chat or email; here, the chat.
    expect(await say(en('prompts.yesNo.yes'))).toContain(en('caseSubscriptions.how.prompt'));
    expect(await say(en('caseSubscriptions.how.conversation'))).toContain(en('caseSubscriptions.subscribed.conversation', { receipt: ioe.receipt }));
    return chat;
}

/** Moves the sandbox case one step through the development route, as a demo would. */
async function advance(baseUrl: string, receipt: string): Promise<string> {
    const response = await fetch(`${baseUrl}/dev/sandbox/cases/${receipt}/advance`, { method: 'POST' });
    expect(response.status).toBe(200);
    return ((await response.json()) as { title: string }).title;
}

/** Bot messages that reach the chat from now on, read as Web Chat reads them, until `until` holds for what came. */
async function waitForMessages(chat: DirectLineTestClient, until: (received: string[]) => boolean, received: string[] = []): Promise<string[]> {
    const deadline = Date.now() + 30_000;
    while (!until(received)) {
        if (Date.now() > deadline) throw new Error(`no proactive message arrived; received: ${JSON.stringify(received)}`);
        received.push(...texts(await chat.botReplies()));
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return received;
}

/** Waits until the pollers (of every instance on the database) have looked cases up `more` more times. */
async function waitForLookups(app: TestApp, more: number): Promise<void> {
    const count = async () => (await app.rows('RateLimitEvent')).filter((event) => event.bucket === CASE_POLL_BUCKET).length;
    const target = (await count()) + more;
    const deadline = Date.now() + 30_000;
    while ((await count()) < target) {
        if (Date.now() > deadline) throw new Error('the case poller stopped looking cases up');
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}

/** Every message in the conversation's stored history that tells of a change to the receipt. */
async function newsInHistory(chat: DirectLineTestClient, receipt: string): Promise<string[]> {
    return (await chat.history()).filter((activity) => activity.from?.role === 'bot' && activity.type === 'message').map(replyText).filter((text) => text.includes(NEWS(receipt)));
}

describe('case status notifications over the web channel', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp(CASE_ENV);
    });
    afterAll(async () => app?.dispose());

    test('create an account, add an IOE case with its code, check status, subscribe, advance the case: exactly one notification', async () => {
        const ioe = advanceableIoeCase();
        const chat = await subscribeOverTheWeb(app, 'updates.person@example.org', ioe);
        // Nothing changed yet: the poller looks, and says nothing.
        await waitForLookups(app, 2);
        expect(await newsInHistory(chat, ioe.receipt)).toEqual([]);

        const title = await advance(app.url, ioe.receipt);
        const received = await waitForMessages(chat, (messages) => messages.some((text) => text.includes(NEWS(ioe.receipt))));
        const news = received.filter((text) => text.includes(NEWS(ioe.receipt)));
        expect(news).toHaveLength(1);
        expect(news[0]).toContain(title);
        expect(news[0]).toContain(en('caseSubscriptions.changed.stop'));

        await waitForLookups(app, 3);
        expect(await newsInHistory(chat, ioe.receipt)).toHaveLength(1);
        // The log names the case masked only.
        const logs = JSON.stringify(app.logs);
        expect(logs).toContain('caseChangeNotified');
        expect(logs).not.toContain(ioe.receipt);

        // "stop updates" ends them: the subscription is cancelled, so nothing is checked or told any more.
        expect(texts(await chat.send(en('caseSubscriptions.stop.phrases.0'))).join('\n')).toContain(en('caseSubscriptions.stop.done', { receipt: ioe.receipt }));
        expect((await app.rows('CaseSubscription')).map((row) => row.cancelledAt !== null)).toEqual([true]);
    });
});

describeWithPostgres('case status notifications with two Sendero instances on one PostgreSQL database', () => {
    let first: TestApp;
    let second: RunningSendero;
    const secondLogs: Array<Record<string, unknown>> = [];

    beforeAll(async () => {
        first = await startTestAppOn('postgresql', CASE_ENV);
        // A second instance on the same database, as behind a load balancer: the same public origin and secrets key.
        const port = await freePort();
        const config = loadConfig({
            ...CASE_ENV,
            HOST: '127.0.0.1',
            PORT: String(port),
            PUBLIC_BASE_URL: first.config.PUBLIC_BASE_URL,
            DATABASE_URL: first.config.DATABASE_URL,
            SECRETS_KEY_FILE: first.config.SECRETS_KEY_FILE!,
            ORG_NAME: first.config.ORG_NAME,
            LOG_LEVEL: 'info',
        });
        second = await startSendero(config, createLogger('info', { write: (line: string) => secondLogs.push(JSON.parse(line) as Record<string, unknown>) }), { hasher: testHasher() });
    });
    afterAll(async () => {
        await second?.stop();
        await first?.dispose();
    });

    test('both instances poll; the change is told exactly once', async () => {
        const ioe = advanceableIoeCase();
        const chat = await subscribeOverTheWeb(first, 'two.instances@example.org', ioe);
        const title = await advance(first.url, ioe.receipt);
        const received = await waitForMessages(chat, (messages) => messages.some((text) => text.includes(NEWS(ioe.receipt))));
        expect(received.filter((text) => text.includes(title))).toHaveLength(1);
        await waitForLookups(first, 4);
        expect(await newsInHistory(chat, ioe.receipt)).toHaveLength(1);
        // One of the two told it, once.
        const told = [...first.logs, ...secondLogs].filter((line) => line.event === 'caseChangeNotified');
        expect(told).toHaveLength(1);
    });
});
