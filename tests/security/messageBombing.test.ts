import crypto from 'node:crypto';
import type { Activity } from 'botbuilder';
import { createI18n } from '../../locales/index';
import { createAccountServices, type AccountServices } from '../../services/accounts/accountServices';
import { testHasher } from '../support/testHasher';
import { SecretBox } from '../../services/accounts/secretBox';
import { createNotifier, type Notifications } from '../../services/notifications/createNotifier';
import { startLocalSmtpServer, type LocalSmtpServer } from '../services/notifications/localSmtpServer';
import { startLocalTwilioApi, type LocalTwilioApi } from '../services/notifications/localTwilioApi';
import { notificationTestConfig } from '../services/notifications/notificationTestConfig';
import { en } from '../support/dialogHarness';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { readOutbox, waitForQueueDrained } from '../support/outbox';
import { startTestApp, type TestApp } from '../support/testApp';
import { createTestStore, type TestStore } from '../support/testStore';
import { createRepositories } from '../../store/repositories';

/**
 * The attack: many conversations ask for a code to the same address or number, and each one used to send it, so
 * anyone could flood a stranger's inbox or phone. Now a recipient gets at most NOTIFY_CODES_PER_RECIPIENT_PER_HOUR
 * codes (with NOTIFY_CODE_MIN_GAP_SECONDS between two), a conversation at most NOTIFY_CODES_PER_CONVERSATION_PER_HOUR,
 * and every conversation hears the usual answer, so the limit reveals nothing.
 */
// Twenty chats over HTTP take a while on a busy machine; the limits, not the time, are what is asserted.
jest.setTimeout(120_000);

const texts = (replies: Partial<Activity>[]) => replies.filter((reply) => reply.type === 'message').map(replyText);

/** Opens a web chat and asks to create an account with `email`; returns what the bot answered to the address. */
async function askToRegister(app: TestApp, email: string): Promise<string> {
    const chat = await DirectLineTestClient.open(app.url);
    await chat.botReplies();
    let asked = texts(await chat.send('2')).join('\n');
    // "Create an account" may first ask which account; the second choice is the organisation's own.
    if (!asked.includes(en('createAccount.email.prompt'))) asked = texts(await chat.send('2')).join('\n');
    expect(asked).toContain(en('createAccount.email.prompt'));
    return texts(await chat.send(email)).join('\n');
}

const refusals = (app: TestApp) => app.logs.filter((line) => line.msg === 'notification refused by limit');

describe('twenty web conversations create an account with the same email', () => {
    let app: TestApp | undefined;
    afterEach(async () => {
        await app?.dispose();
        app = undefined;
    });

    test('at most five codes are sent, and every conversation gets the usual answer', async () => {
        const email = 'bombing.target@example.org';
        // No gap, so the hourly cap is what stops the flood.
        app = await startTestApp({ NODE_ENV: 'development', ACCOUNT_RESPONSE_FLOOR_MS: '0', NOTIFY_CODE_MIN_GAP_SECONDS: '0' });
        for (let conversation = 0; conversation < 20; conversation++) {
            expect(await askToRegister(app, email)).toContain(en('createAccount.email.sent', { email }));
        }
        await waitForQueueDrained(app.databaseFile);
        expect(await readOutbox(app.url, email)).toHaveLength(5);
        expect(refusals(app)).toHaveLength(15);
        expect(refusals(app)[0]).toMatchObject({ to: 'b***@example.org', limits: ['codesPerRecipient'] });
        expect(JSON.stringify(refusals(app))).not.toContain(email);
    });

    test('with the default gap, codes asked for in quick succession are not sent either', async () => {
        const email = 'bombing.gap@example.org';
        app = await startTestApp({ NODE_ENV: 'development', ACCOUNT_RESPONSE_FLOOR_MS: '0' });
        for (let conversation = 0; conversation < 4; conversation++) {
            expect(await askToRegister(app, email)).toContain(en('createAccount.email.sent', { email }));
        }
        await waitForQueueDrained(app.databaseFile);
        // The requests are seconds apart, well under the 20-second gap: only the first code goes out.
        expect(await readOutbox(app.url, email)).toHaveLength(1);
    });
});

/**
 * Sign-in codes by text and reset emails, through the account services wired to the application's notifier (the
 * queue, its limits and its worker) with a local Twilio API and SMTP server behind it.
 */
describe('sign-in codes by text and reset emails', () => {
    const EMAIL = 'bombing.account@example.org';
    const PHONE = '+15551230199';
    const ACCOUNT_SID = `AC${'3'.repeat(32)}`;
    let store: TestStore;
    let smtp: LocalSmtpServer;
    let twilio: LocalTwilioApi;
    let notifications: Notifications;
    let accounts: AccountServices;

    beforeEach(async () => {
        store = await createTestStore();
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p' });
        twilio = await startLocalTwilioApi(ACCOUNT_SID, 'tok');
        const secretsKey = crypto.randomBytes(32);
        const config = notificationTestConfig({
            SMTP_URL: `smtp://u:p@127.0.0.1:${smtp.port}`,
            MAIL_FROM: 'no-reply@sendero.test',
            TWILIO_ACCOUNT_SID: ACCOUNT_SID,
            TWILIO_AUTH_TOKEN: 'tok',
            TWILIO_FROM_NUMBER: '+15550001111',
            TWILIO_API_BASE_URL: twilio.baseUrl,
            NOTIFY_CODE_MIN_GAP_SECONDS: '0',
        });
        notifications = createNotifier(config, createRepositories(store.client), { secretBox: new SecretBox(secretsKey) });
        accounts = createAccountServices({
            repositories: createRepositories(store.client),
            notifier: notifications.notifier,
            i18n: createI18n('en'),
            secretsKey,
            orgName: 'Sendero Test',
            publicBaseUrl: 'http://127.0.0.1:1',
            hasher: testHasher(),
        });
        // An account with a verified phone, as registration leaves it.
        const account = await store.client.account.create({
            data: { id: crypto.randomUUID(), email: EMAIL, accountNumber: '123412341234', passwordHash: 'unused', accountType: 'applicant', locale: 'en' },
        });
        await store.client.twoStepMethod.create({ data: { id: crypto.randomUUID(), ownerId: account.id, kind: 'sms', phone: PHONE, verifiedAt: new Date() } });
    });
    afterEach(async () => {
        await smtp.close();
        await twilio.close();
        await store.dispose();
    });

    test('twenty sign-ins asking for a code by text send at most five texts', async () => {
        for (let conversation = 0; conversation < 20; conversation++) {
            const { signInId, methods } = await accounts.signIn.start(EMAIL, `sms-bombing-${conversation}`);
            expect(methods).toContain('sms');
            // The usual answer: when a code will expire and when another may be asked for.
            await expect(accounts.signIn.sendCode(signInId, 'sms')).resolves.toMatchObject({ issueNumber: 1 });
        }
        await notifications.worker.drain();
        expect(twilio.requests.filter((request) => request.form.To === PHONE)).toHaveLength(5);
    });

    test('twenty password resets for one email send at most five reset emails', async () => {
        for (let conversation = 0; conversation < 20; conversation++) {
            await expect(accounts.passwordReset.start(EMAIL, `reset-bombing-${conversation}`)).resolves.toMatchObject({ codeSent: { issueNumber: 1 } });
        }
        await notifications.worker.drain();
        expect(smtp.received.filter((message) => message.envelopeTo.includes(EMAIL))).toHaveLength(5);
    });

    test('one conversation asking codes for many addresses is stopped after ten', async () => {
        for (let person = 0; person < 14; person++) {
            const email = `victim${person}@example.org`;
            await store.client.account.create({
                data: { id: crypto.randomUUID(), email, accountNumber: String(200000000000 + person), passwordHash: 'unused', accountType: 'applicant', locale: 'en' },
            });
            await expect(accounts.passwordReset.start(email, 'one-busy-conversation')).resolves.toMatchObject({ codeSent: { issueNumber: 1 } });
        }
        await notifications.worker.drain();
        expect(smtp.received).toHaveLength(10);
    });
});
