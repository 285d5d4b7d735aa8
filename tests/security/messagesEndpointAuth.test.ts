import { randomBytes, randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { createI18n } from '../../locales';
import { createAccountServices } from '../../services/accounts/accountServices';
import { testHasher } from '../support/testHasher';
import { OutboxNotifier } from '../../services/notifications/outboxNotifier';
import { openStore } from '../../store/storeClient';
import { createTestAccount } from '../dialogs/account/accountFixture';
import type { DialogHarness } from '../support/dialogHarness';
import { en } from '../support/dialogHarness';
import { FakeBotConnector } from '../support/fakeBotConnector';
import { startTestApp, type TestApp } from '../support/testApp';
import { createRepositories } from '../../store/repositories';

// Issue item 4: an anonymous /api/messages in production, replies to any serviceUrl, token errors that leak detail,
// and an SMS sender id taken as proof of a phone when nothing vouched for it.

const APP_ID = '11111111-2222-3333-4444-555555555555';
const UNAUTHORIZED_BODY = { error: { code: 'Unauthorized', message: 'the request is not authorized' } };

/** What production requires besides Bot Framework credentials (senders that point nowhere: nothing is sent here). */
const PRODUCTION_ENV: Record<string, string> = {
    NODE_ENV: 'production',
    SECRETS_KEY: randomBytes(32).toString('base64'),
    SMTP_URL: 'smtp://user:pass@127.0.0.1:9',
    MAIL_FROM: 'no-reply@sendero.test',
    TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
    TWILIO_AUTH_TOKEN: 'test-token',
    TWILIO_FROM_NUMBER: '+15550100000',
    TWILIO_API_BASE_URL: 'http://127.0.0.1:9',
};

let connector: FakeBotConnector;
let serviceUrl: string;

beforeAll(async () => {
    connector = new FakeBotConnector();
    serviceUrl = await connector.start();
});
afterAll(async () => {
    await connector.stop();
});

function activity(channelId: string, conversationId: string, fields: Partial<Activity> = {}): Partial<Activity> {
    return {
        type: 'message',
        id: randomUUID(),
        channelId,
        serviceUrl,
        from: { id: `user-${conversationId}`, name: 'User' },
        recipient: { id: 'sendero-bot', name: 'Sendero' },
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        text: 'hi',
        ...fields,
    } as Partial<Activity>;
}

function post(app: TestApp, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
    });
}

/** A JWT with the claims a Bot Framework channel token carries, with the given header and a signature of junk. */
function forgedToken(header: Record<string, unknown>, claims: Record<string, unknown> = {}): string {
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const payload = { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600, ...claims };
    const signature = header.alg === 'none' ? '' : randomBytes(256).toString('base64url');
    return `${part(header)}.${part(payload)}.${signature}`;
}

describe('production without Bot Framework credentials', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp(PRODUCTION_ENV);
    });
    afterAll(async () => {
        await app.dispose();
    });

    test('every /api/messages request is 401 and nothing is sent to the serviceUrl it names', async () => {
        const conversationId = `prod-${randomUUID()}`;
        const attempts = [
            activity('emulator', conversationId),
            activity('sms', conversationId, { from: { id: '+15550102030', name: '' } }),
            activity('msteams', conversationId, { type: 'conversationUpdate', membersAdded: [{ id: 'x', name: 'x' }] }),
        ];
        for (const body of attempts) {
            const response = await post(app, body);
            expect(response.status).toBe(401);
            expect(await response.json()).toEqual(UNAUTHORIZED_BODY);
        }
        const withToken = await post(app, activity('emulator', conversationId), { Authorization: `Bearer ${forgedToken({ alg: 'RS256', kid: 'k' })}` });
        expect(withToken.status).toBe(401);
        expect(connector.repliesTo(conversationId)).toHaveLength(0);
    });

    test('the start-up log says /api/messages is closed', () => {
        expect(app.logs).toContainEqual(expect.objectContaining({ event: 'botFrameworkClosed', level: 40 }));
    });

    test('the built-in web chat still works', async () => {
        const response = await fetch(`${app.url}/api/directline/token`, { method: 'POST' });
        expect(response.status).toBe(200);
    });
});

describe('with Bot Framework credentials', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline' });
    });
    afterAll(async () => {
        await app.dispose();
    });

    test.each([
        ['no token', undefined],
        ['an alg=none token', `Bearer ${forgedToken({ alg: 'none', typ: 'JWT' })}`],
        ['an HS256 token', `Bearer ${forgedToken({ alg: 'HS256', typ: 'JWT' })}`],
        ['an RS256 token with a made-up signature', `Bearer ${forgedToken({ alg: 'RS256', typ: 'JWT', kid: 'made-up-key' })}`],
        ['a token from another issuer', `Bearer ${forgedToken({ alg: 'RS256', kid: 'k' }, { iss: 'https://attacker.example' })}`],
        ['a header that is no JWT', 'Bearer not-a-jwt'],
        ['another scheme', 'Basic dXNlcjpwYXNz'],
    ])('%s: 401 with a fixed body, and nothing is posted to the serviceUrl', async (_name, authorization) => {
        const conversationId = `auth-${randomUUID()}`;
        const response = await post(app, activity('msteams', conversationId), authorization ? { Authorization: authorization } : {});
        expect(response.status).toBe(401);
        const text = await response.text();
        expect(JSON.parse(text)).toEqual(UNAUTHORIZED_BODY);
        // No hint of how the check failed: no host names, DNS errors or SDK messages.
        expect(text).not.toMatch(/getaddrinfo|ENOTFOUND|botframework|login|signing|issuer|Unauthorized\./i);
        expect(connector.repliesTo(conversationId)).toHaveLength(0);
    });

    test('a refusal is logged without the token or the SDK error text', async () => {
        const token = forgedToken({ alg: 'RS256', kid: 'made-up-key' });
        await post(app, activity('msteams', `auth-${randomUUID()}`), { Authorization: `Bearer ${token}` });
        const refusals = app.logs.filter((line) => line.event === 'botFrameworkRequestRefused');
        expect(refusals.length).toBeGreaterThan(0);
        const logged = JSON.stringify(app.logs);
        expect(logged).not.toContain(token.split('.')[2]);
        expect(logged).not.toMatch(/getaddrinfo|ENOTFOUND/);
        expect(app.logs.some((line) => line.event === 'httpError')).toBe(false);
    });
});

describe('an anonymous (development) request claiming to be SMS from a verified phone', () => {
    let app: TestApp;
    const email = 'phone.owner@example.org';
    const phone = '+15550102030';

    beforeAll(async () => {
        app = await startTestApp({ ACCOUNT_RESPONSE_FLOOR_MS: '0' });
        // The account, with a verified text-message method on that phone, made by the registration service in the app's store.
        const store = await openStore(`file:${app.databaseFile}`);
        try {
            const repositories = createRepositories(store);
            const accounts = createAccountServices({
                repositories,
                notifier: new OutboxNotifier(repositories.outbox),
                i18n: createI18n('en'),
                secretsKey: randomBytes(32),
                orgName: 'Ayuda Legal Test',
                publicBaseUrl: app.url,
                hasher: testHasher(),
            });
            const latestCode = async (to: string) => {
                const messages = await store.outboxMessage.findMany({ where: { to }, orderBy: { id: 'asc' } });
                return (messages.at(-1)?.body.match(/\b(\d{3}\s?\d{3})\b/)?.[1] ?? '').replace(/\s/g, '');
            };
            const owner = { services: { accounts }, store: { client: store }, latestCode } as unknown as DialogHarness;
            const account = await createTestAccount(owner, email, { email: true, smsPhone: '(555) 010-2030' });
            expect(account.phone).toBe(phone);
        } finally {
            await store.$disconnect();
        }
    });
    afterAll(async () => {
        await app.dispose();
    });

    /** Main menu, "find my account number", "my account number here" (4), the email: the sign-in's method question. */
    async function methodQuestion(conversationId: string, from: string): Promise<string> {
        const say = async (text: string) => {
            const before = connector.repliesTo(conversationId).length;
            const response = await post(app, activity('sms', conversationId, { text, from: { id: from, name: '' } }));
            expect(response.status).toBe(200);
            return connector.repliesTo(conversationId).slice(before).map((reply) => reply.text ?? '');
        };
        await say('hi');
        await say('1');
        await say('4');
        return (await say(email)).join('\n');
    }

    test('is offered the same methods as any other conversation: the claimed phone proves nothing', async () => {
        const spoofed = await methodQuestion(`sms-${randomUUID()}`, phone);
        const other = await methodQuestion(`sms-${randomUUID()}`, '+15550109999');
        expect(spoofed).toContain(en('signIn.methods.sms'));
        expect(spoofed).toBe(other);
    });
});
