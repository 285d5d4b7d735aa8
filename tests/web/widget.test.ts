import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { i18n } from '../support/dialogHarness';
import { loadTraditionalTranslations } from '../../locales';
import { createTestStore, type TestStore } from '../support/testStore';
import {
    SPANISH_REPLY,
    startDirectLineTestServer,
    WELCOME_TEXT,
    type DirectLineTestServer,
} from '../support/directLineTestServer';

// A browser flow of many steps, each with its own wait: on a loaded two-core CI machine (browsers, the scale and fuzz
// suites at once) the whole flow needs more than jest's 30 s default, as the other browser suites have.
jest.setTimeout(120_000);

const SEND_BOX = '[data-id="webchat-sendbox-input"]';

let testStore: TestStore;
let server: DirectLineTestServer;
let browser: Browser;

beforeAll(async () => {
    testStore = await createTestStore();
    [server, browser] = await Promise.all([
        startDirectLineTestServer({ databaseUrl: testStore.databaseUrl, env: { ORG_NAME: 'Test Org', WIDGET_ACCENT_COLOR: '#aa3300' } }),
        launchChromium(),
    ]);
});

afterAll(async () => {
    await browser?.close();
    await server?.close();
    await testStore?.dispose();
});

interface OpenedPage {
    context: BrowserContext;
    page: Page;
    requestedUrls: string[];
    consoleErrors: string[];
}

async function openChat(locale: string): Promise<OpenedPage> {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const requestedUrls: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => requestedUrls.push(request.url()));
    page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${server.baseUrl}/`);
    return { context, page, requestedUrls, consoleErrors };
}

async function send(page: Page, text: string): Promise<void> {
    await page.locator(SEND_BOX).fill(text);
    await page.locator(SEND_BOX).press('Enter');
}

function bubble(page: Page, text: string) {
    return page.locator('p', { hasText: text }).first();
}

/** The last user message the server stored, as the bot received it. */
async function lastUserActivity(text: string): Promise<Record<string, unknown>> {
    const rows = await server.store.directLineActivity.findMany({ orderBy: { createdAt: 'desc' }, take: 50 });
    const activities = rows.map((row) => JSON.parse(row.document) as Record<string, unknown>);
    const found = activities.find((activity) => activity.text === text && (activity.from as { role?: string }).role === 'user');
    if (!found) throw new Error(`no stored user message "${text}"`);
    return found;
}

describe('the chat page', () => {
    it('shows the welcome, echoes a message, follows the bot to Spanish and talks only to its own server', async () => {
        const { context, page, requestedUrls, consoleErrors } = await openChat('en-US');
        try {
            await expect(page.title()).resolves.toBe('Test Org assistant');
            await bubble(page, WELCOME_TEXT).waitFor({ timeout: 10000 });
            await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

            await send(page, 'hello');
            await bubble(page, 'Echo: hello').waitFor({ timeout: 10000 });
            expect((await lastUserActivity('hello')).locale).toBe('en-US');

            await send(page, 'español');
            await bubble(page, SPANISH_REPLY).waitFor({ timeout: 10000 });
            await page.waitForFunction(() => document.documentElement.lang === 'es', undefined, { timeout: 5000 });
            await expect(page.title()).resolves.toBe('Asistente de Test Org');

            await send(page, 'hola');
            await bubble(page, 'Echo: hola').waitFor({ timeout: 10000 });
            expect((await lastUserActivity('hola')).locale).toBe('es-US');

            const foreign = requestedUrls.filter((url) => /^https?:/.test(url) && new URL(url).hostname !== '127.0.0.1');
            expect(foreign).toEqual([]);
            expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
        } finally {
            await context.close();
        }
    });

    it('opens in traditional Chinese for a browser set to zh-TW: its title, its lang, and the locale the bot gets', async () => {
        const { context, page } = await openChat('zh-TW');
        try {
            const widget = loadTraditionalTranslations('zh')?.widget as Record<string, string>;
            await expect(page.title()).resolves.toBe(widget.title.replace('{{orgName}}', 'Test Org'));
            await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hant');
            // "語言", not the simplified "语言".
            expect(widget.language).not.toBe(i18n.getFixedT('zh')('widget.language'));
            await expect(page.locator('#app-language-label').textContent()).resolves.toBe(widget.language);
            await bubble(page, WELCOME_TEXT).waitFor({ timeout: 10000 });
            await send(page, '你好');
            await bubble(page, 'Echo: 你好').waitFor({ timeout: 10000 });
            // The bot answers a zh-TW conversation in traditional characters (bot/languageMiddleware.ts).
            expect((await lastUserActivity('你好')).locale).toBe('zh-TW');
        } finally {
            await context.close();
        }
    });

    it('keeps the conversation across a reload and across a server restart', async () => {
        const { context, page } = await openChat('es-MX');
        try {
            await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
            await bubble(page, WELCOME_TEXT).waitFor({ timeout: 10000 });
            await send(page, 'first');
            await bubble(page, 'Echo: first').waitFor({ timeout: 10000 });
            expect((await lastUserActivity('first')).locale).toBe('es-US');

            await page.reload();
            await bubble(page, 'Echo: first').waitFor({ timeout: 10000 });
            await expect(page.locator('p', { hasText: WELCOME_TEXT }).count()).resolves.toBe(1);

            // Same database file, same port, new process state: the open page must carry on by itself.
            const port = server.port;
            await server.close();
            // Down for longer than a polling interval, so the page's polls fail while it is gone.
            await page.waitForTimeout(1500);
            server = await startDirectLineTestServer({
                databaseUrl: testStore.databaseUrl,
                port,
                env: { ORG_NAME: 'Test Org', WIDGET_ACCENT_COLOR: '#aa3300' },
            });
            await send(page, 'second');
            await bubble(page, 'Echo: second').waitFor({ timeout: 15000 });
            await expect(page.locator('p', { hasText: WELCOME_TEXT }).count()).resolves.toBe(1);
        } finally {
            await context.close();
        }
    });
});

describe('the bundle route', () => {
    it('serves Web Chat gzipped with a long cache lifetime', async () => {
        const html = await (await fetch(`${server.baseUrl}/`)).text();
        const bundlePath = /<script src="(\/static\/webchat\/[^"]+\/webchat\.js)"/.exec(html)?.[1];
        expect(bundlePath).toBeDefined();
        const response = await fetch(`${server.baseUrl}${bundlePath}`, { headers: { 'Accept-Encoding': 'gzip' } });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-encoding')).toBe('gzip');
        expect(response.headers.get('cache-control')).toContain('max-age=31536000');
        expect(Number(response.headers.get('content-length'))).toBeLessThan(1_500_000);
        expect((await response.text()).length).toBeGreaterThan(3_000_000);
    });
});
