import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { startHostSite, type HostSite } from '../support/hostSite';
import { startDirectLineTestServer, WELCOME_TEXT, type DirectLineTestServer } from '../support/directLineTestServer';
import { createTestStore, type TestStore } from '../support/testStore';

jest.setTimeout(120000);

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const SERVER_ENV = { ORG_NAME: 'Test Org', WIDGET_ACCENT_COLOR: '#aa3300' };

let testStore: TestStore;
let server: DirectLineTestServer;
let host: HostSite;
let browser: Browser;

beforeAll(async () => {
    testStore = await createTestStore();
    [server, browser] = await Promise.all([startDirectLineTestServer({ databaseUrl: testStore.databaseUrl, env: SERVER_ENV }), launchChromium()]);
    host = await startHostSite(server.baseUrl, 'data-name="Host Help" data-accent="#6b2fa0" data-welcome="Questions about your case?"');
});

afterAll(async () => {
    await browser?.close();
    await host?.close();
    await server?.close();
    await testStore?.dispose();
});

/** Computed styles of the host's own elements, and its style sheets: the widget must change none of them. */
async function hostLook(page: Page): Promise<unknown> {
    return page.evaluate(() => {
        const look = (selector: string) => {
            const style = getComputedStyle(document.querySelector(selector) as Element);
            return [style.fontFamily, style.fontSize, style.color, style.backgroundColor, style.borderTopStyle, style.margin, style.padding];
        };
        return {
            body: look('body'),
            h1: look('h1'),
            box: look('#host-box'),
            button: look('#host-button'),
            sheets: document.styleSheets.length,
            headChildren: document.head.children.length,
        };
    });
}

function launcher(page: Page) {
    return page.getByRole('button', { name: 'Open the chat with Host Help' });
}

function panel(page: Page): FrameLocator {
    return page.frameLocator('iframe[title="Chat with Host Help"]');
}

function bubble(frame: FrameLocator, text: string) {
    return frame.locator('p', { hasText: text }).first();
}

async function send(frame: FrameLocator, text: string): Promise<void> {
    await frame.locator(SEND_BOX).fill(text);
    await frame.locator(SEND_BOX).press('Enter');
}

async function openPage(): Promise<{ context: BrowserContext; page: Page; requests: string[]; sockets: string[] }> {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const requests: string[] = [];
    const sockets: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('websocket', (socket) => sockets.push(socket.url()));
    return { context, page, requests, sockets };
}

describe('the embed snippet on a host site', () => {
    it('adds a launcher without touching the host, loads Web Chat only when opened, and keeps the chat across pages and a restart', async () => {
        const { context, page, requests, sockets } = await openPage();
        try {
            await page.goto(`${host.url}/one.html`);
            await launcher(page).waitFor();
            const before = await hostLook(page);
            // Nothing but embed.js before the launcher is used: no page, no Web Chat bundle, no conversation.
            expect(requests.filter((url) => url.startsWith(server.baseUrl))).toEqual([`${server.baseUrl}/embed.js`]);
            await expect(launcher(page).getAttribute('aria-expanded')).resolves.toBe('false');

            await launcher(page).click();
            await expect(launcher(page).getAttribute('aria-expanded')).resolves.toBe('true');
            const frame = panel(page);
            await bubble(frame, WELCOME_TEXT).waitFor({ timeout: 15000 });
            expect(requests.some((url) => /\/static\/webchat\/[0-9a-f]{20}\/webchat\.js$/.test(url))).toBe(true);
            // Branding from the snippet's data- attributes.
            await expect(frame.locator('#app-title').textContent()).resolves.toBe('Host Help assistant');
            await expect(frame.locator('#app-welcome').textContent()).resolves.toBe('Questions about your case?');

            await send(frame, 'hello');
            await bubble(frame, 'Echo: hello').waitFor({ timeout: 10000 });
            // Replies came over the Direct Line stream, not by polling.
            expect(sockets.some((url) => /^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/[^/]+\/stream\?t=/.test(url))).toBe(true);
            expect(requests.filter((url) => /\/activities\?watermark=/.test(url))).toEqual([]);
            expect(await hostLook(page)).toEqual(before);

            // Another page of the same site: the panel is open again, with the same conversation.
            await page.click('#next');
            await page.waitForURL(`${host.url}/two.html`);
            await bubble(panel(page), 'Echo: hello').waitFor({ timeout: 15000 });
            await expect(panel(page).locator('p', { hasText: WELCOME_TEXT }).count()).resolves.toBe(1);

            // The Sendero server restarts (same database, same port): the open panel carries on by itself.
            const port = server.port;
            await server.close();
            await page.waitForTimeout(1000);
            server = await startDirectLineTestServer({ databaseUrl: testStore.databaseUrl, port, env: SERVER_ENV });
            await send(panel(page), 'second');
            await bubble(panel(page), 'Echo: second').waitFor({ timeout: 20000 });
            await expect(panel(page).locator('p', { hasText: 'Echo: hello' }).count()).resolves.toBe(1);
            await expect(panel(page).locator('p', { hasText: WELCOME_TEXT }).count()).resolves.toBe(1);
        } finally {
            await context.close();
        }
    });

    it('serves embed.js with a validator, and the bundle compressed, immutable, under its content hash', async () => {
        const embed = await fetch(`${server.baseUrl}/embed.js`);
        expect(embed.status).toBe(200);
        expect(embed.headers.get('content-type')).toContain('javascript');
        const body = await embed.text();
        expect(body).toContain('"orgName":"Test Org"');
        expect(body).not.toContain('%%EMBED_CONFIG%%');
        const etag = embed.headers.get('etag') ?? '';
        expect((await fetch(`${server.baseUrl}/embed.js`, { headers: { 'If-None-Match': etag } })).status).toBe(304);

        const html = await (await fetch(`${server.baseUrl}/embed?lang=es`)).text();
        const bundlePath = /<script src="(\/static\/webchat\/[0-9a-f]{20}\/webchat\.js)"/.exec(html)?.[1];
        expect(bundlePath).toBeDefined();
        const plain = Buffer.from(await (await fetch(`${server.baseUrl}${bundlePath}`, { headers: { 'Accept-Encoding': 'identity' } })).arrayBuffer());
        for (const encoding of ['br', 'gzip']) {
            const response = await fetch(`${server.baseUrl}${bundlePath}`, { headers: { 'Accept-Encoding': encoding } });
            expect(response.headers.get('content-encoding')).toBe(encoding);
            expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
            expect(Number(response.headers.get('content-length'))).toBeLessThan(plain.length / 3);
            // fetch decodes it: the same bytes as the plain bundle.
            expect(Buffer.from(await response.arrayBuffer()).equals(plain)).toBe(true);
        }
    });

    it('lets any site frame the panel page (not the full page), and ignores malformed branding', async () => {
        const embedPage = await fetch(`${server.baseUrl}/embed?accent=red;x&logo=javascript:alert(1)&name=${encodeURIComponent('</script><b>')}`);
        expect(embedPage.headers.get('content-security-policy')).toContain('frame-ancestors *');
        const html = await embedPage.text();
        expect(html).not.toContain('javascript:alert');
        expect(html).not.toContain('</script><b>');
        expect(html).toContain('"accentColor":"#aa3300"');
        const fullPage = await fetch(`${server.baseUrl}/`);
        expect(fullPage.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    });
});
