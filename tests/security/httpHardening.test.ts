import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import restify, { type Server } from 'restify';
import { registerPasswordPageRoutes } from '../../bot/passwordPageRoutes';
import { createI18n } from '../../locales';
import type { PasswordLinks } from '../../services/accounts/passwordLinks';
import type { RegistrationService } from '../../services/accounts/registrationService';
import {
    createAccountTestKit,
    createPasswordLinks,
    createPasswordReset,
    createRegistrationService,
    createSignIn,
    ORG_NAME,
    registrationAtPasswordStep,
    type AccountTestKit,
} from '../services/accounts/accountTestKit';
import { launchChromium } from '../support/chromium';
import { en, es } from '../support/dialogHarness';
import { DirectLineTestClient } from '../support/directLineClient';
import { startTestApp, type TestApp } from '../support/testApp';

// The low items of the issue: deep JSON, over-long and secret-bearing messages in the web history, cross-site posts
// to the password page, and missing HSTS / security headers.

const deeplyNested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepActivity = (depth: number) => `{"type":"message","text":"hi","value":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;

describe('JSON nested 5,000 deep is refused with 400 on every JSON route', () => {
    let app: TestApp;
    let chat: DirectLineTestClient;
    beforeAll(async () => {
        app = await startTestApp();
        chat = await DirectLineTestClient.open(app.url);
    });
    afterAll(async () => {
        await app.dispose();
    });

    const send = (path: string, body: string, headers: Record<string, string> = {}) =>
        fetch(`${app.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

    test.each([
        ['/api/messages, an array', '/api/messages', deeplyNested(5000)],
        ['/api/messages, an activity', '/api/messages', deepActivity(5000)],
        ['the token endpoint', '/api/directline/token', deepActivity(5000)],
        ['the password page', '/account/password/some-token', deepActivity(5000)],
    ])('%s', async (_name, path, body) => {
        const response = await send(path, body);
        expect(response.status).toBe(400);
        expect(await response.text()).not.toMatch(/stack|RangeError|Maximum call stack/i);
    });

    test('Direct Line activities, as JSON and as text', async () => {
        const path = `/v3/directline/conversations/${encodeURIComponent(chat.conversationId)}/activities`;
        const auth = { Authorization: `Bearer ${chat.token}` };
        expect((await send(path, deepActivity(5000), auth)).status).toBe(400);
        expect((await send(path, deepActivity(5000), { ...auth, 'Content-Type': 'text/plain' })).status).toBe(400);
        // Ordinary nesting (a card submission a few levels deep) is fine, and nothing refused reached the history.
        expect((await send(path, deepActivity(5), auth)).status).toBe(200);
        expect((await chat.history()).filter((activity) => activity.from?.role === 'user')).toHaveLength(1);
    });

    test('the server is healthy afterwards and logged no 5xx', async () => {
        expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
        expect(app.logs.some((line) => line.event === 'httpError')).toBe(false);
    });
});

describe('the web chat history keeps only what it may', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp();
    });
    afterAll(async () => {
        await app.dispose();
    });

    test('a refused 20,000-character message is kept only up to MAX_MESSAGE_CHARS', async () => {
        const chat = await DirectLineTestClient.open(app.url);
        await chat.botReplies(); // the welcome
        const long = `${'a'.repeat(4990)}${'b'.repeat(15010)}`;
        const replies = await chat.send(long);
        expect(replies[0].text).toBe(en('input.tooLong', { count: 20000, limit: 5000 }));
        const stored = (await chat.history()).filter((activity: Partial<Activity>) => activity.from?.role === 'user');
        expect(stored).toHaveLength(1);
        expect(stored[0].text).toHaveLength(5000);
        expect(stored[0].text).not.toContain('b'.repeat(11));
        expect(stored[0].channelData).toMatchObject({ senderoTruncated: true });
    });

    test('secret_* inputs nested anywhere in a card submission are not stored', async () => {
        const chat = await DirectLineTestClient.open(app.url);
        const secrets = ['Nested#Secret1', 'InArray#Secret2', 'Deep#Secret3'];
        await chat.send({
            value: {
                form: { secret_password: secrets[0], name: 'kept' },
                rows: [{ secret_confirm: secrets[1] }],
                a: { b: { c: { secret_answer: secrets[2] } } },
            },
        });
        const stored = JSON.stringify(await chat.history());
        for (const secret of secrets) expect(stored).not.toContain(secret);
        expect(stored).toContain('kept');
    });
});

describe('the password page refuses a form posted from another site', () => {
    let kit: AccountTestKit;
    let registration: RegistrationService;
    let links: PasswordLinks;
    let server: Server;
    let baseUrl: string;

    beforeEach(async () => {
        kit = await createAccountTestKit();
        registration = createRegistrationService(kit);
        links = createPasswordLinks(kit, registration, createPasswordReset(kit, createSignIn(kit).sessions));
        server = restify.createServer({ name: 'password-page-origin-test', handleUncaughtExceptions: false });
        server.use(restify.plugins.queryParser({ mapParams: false }));
        server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, mapFiles: false }));
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        registerPasswordPageRoutes(server, { links, i18n: createI18n('en'), defaultLanguage: 'en', orgName: ORG_NAME, publicBaseUrl: baseUrl });
    });
    afterEach(async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await kit.dispose();
    });

    async function linkPath(): Promise<{ path: string; registrationId: string }> {
        const registrationId = await registrationAtPasswordStep(kit, registration, 'ana.lopez@example.com');
        const { url } = await links.createLink('registration', registrationId, 'conv-42');
        return { path: new URL(url).pathname, registrationId };
    }

    const PASSWORD = 'Sendero#Rio2029';
    const postForm = (path: string, headers: Record<string, string>) =>
        fetch(`${baseUrl}${path}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
            body: new URLSearchParams({ password: PASSWORD, confirm: PASSWORD }).toString(),
        });

    test.each([
        ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' }],
        ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'Sec-Fetch-Site': 'same-site', Origin: 'https://other.sendero.example' }],
        ['a foreign Origin (an older browser)', { Origin: 'https://evil.example' }],
        ['Origin: null (a sandboxed frame)', { Origin: 'null' }],
    ])('%s: 403, a localized page, and the password is not set', async (_name, headers) => {
        const { path, registrationId } = await linkPath();
        const response = await postForm(path, { ...headers, 'Accept-Language': 'es' });
        expect(response.status).toBe(403);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        const html = await response.text();
        expect(html).toContain('<html lang="es">');
        expect(html).toContain(escapeHtmlText(es('notifications.passwordPage.foreign')));
        expect((await registration.progress(registrationId)).nextStep).toBe('setPassword');
        expect((await fetch(`${baseUrl}${path}`)).status).toBe(200);
    });

    test.each([
        ['our own form (Sec-Fetch-Site: same-origin)', { 'Sec-Fetch-Site': 'same-origin', Origin: 'PUBLIC' }],
        ['our own origin, from a browser without Sec-Fetch-Site', { Origin: 'PUBLIC' }],
        ['a client that is no browser (neither header)', {}],
    ])('%s is accepted', async (_name, headers: Record<string, string>) => {
        const { path, registrationId } = await linkPath();
        const withOrigin = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, value === 'PUBLIC' ? baseUrl : value]));
        const response = await postForm(path, withOrigin);
        expect(response.status).toBe(200);
        expect((await registration.progress(registrationId)).nextStep).toBe('chooseTwoStep');
    });

    test('in a real browser, a page on another site that auto-submits the form gets 403', async () => {
        const { path, registrationId } = await linkPath();
        // The attacker's page, on another origin (localhost vs 127.0.0.1: another site).
        const attacker = http.createServer((_req, res) => {
            res.setHeader('Content-Type', 'text/html');
            res.end(
                `<form id="f" method="post" action="${baseUrl}${path}"><input name="password" value="${PASSWORD}"><input name="confirm" value="${PASSWORD}"></form>` +
                    '<script>document.getElementById("f").submit()</script>',
            );
        });
        await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
        const browser = await launchChromium();
        try {
            const page = await browser.newPage();
            const posted = page.waitForResponse((response) => response.request().method() === 'POST');
            await page.goto(`http://localhost:${(attacker.address() as AddressInfo).port}/`);
            expect((await posted).status()).toBe(403);
            expect((await registration.progress(registrationId)).nextStep).toBe('setPassword');

            // The same browser, on the page itself, sets the password.
            await page.goto(`${baseUrl}${path}`);
            await page.fill('#password', PASSWORD);
            await page.fill('#confirm', PASSWORD);
            const own = page.waitForResponse((response) => response.request().method() === 'POST');
            await page.click('button[type=submit]');
            expect((await own).status()).toBe(200);
            expect((await registration.progress(registrationId)).nextStep).toBe('chooseTwoStep');
        } finally {
            await browser.close();
            await new Promise<void>((resolve) => attacker.close(() => resolve()));
        }
    });
});

/** The text as escapeHtml writes it into the page. */
function escapeHtmlText(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

describe('security headers', () => {
    let secure: TestApp;
    let plain: TestApp;
    beforeAll(async () => {
        secure = await startTestApp({ PUBLIC_BASE_URL: 'https://chat.sendero.example' });
        plain = await startTestApp();
    });
    afterAll(async () => {
        await secure.dispose();
        await plain.dispose();
    });

    const paths = ['/', '/healthz', '/terms', '/static/widget.js', '/account/password/unknown-token', '/no-such-page', '/v3/directline/conversations/x/activities'];

    test.each(paths)('with an https PUBLIC_BASE_URL, %s carries Strict-Transport-Security and nosniff', async (path) => {
        const response = await fetch(`${secure.url}${path}`);
        expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    });

    test('a POST answer carries them too', async () => {
        const response = await fetch(`${secure.url}/api/directline/token`, { method: 'POST' });
        expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=/);
    });

    test('pages may not be framed by other sites', async () => {
        for (const path of ['/', '/terms', '/account/password/unknown-token', '/no-such-page']) {
            const policy = (await fetch(`${secure.url}${path}`)).headers.get('content-security-policy') ?? '';
            expect(policy).toMatch(/frame-ancestors '(none|self)'/);
        }
    });

    test('over plain http (local use) there is no HSTS', async () => {
        const response = await fetch(`${plain.url}/`);
        expect(response.headers.get('strict-transport-security')).toBeNull();
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    });
});
