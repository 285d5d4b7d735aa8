import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { startDirectLineTestServer, type DirectLineTestServer } from '../support/directLineTestServer';
import { startHostSite, type HostSite } from '../support/hostSite';
import { startTestApp, type TestApp } from '../support/testApp';
import { createTestStore, type TestStore } from '../support/testStore';

jest.setTimeout(120000);

const SEND_BOX = '[data-id="webchat-sendbox-input"]';

let browser: Browser;

beforeAll(async () => {
    browser = await launchChromium();
});

afterAll(async () => {
    await browser?.close();
});

/** Every axe-core violation (WCAG 2.x A and AA, and axe's best practices), as "rule: target" lines. */
async function violations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`));
}

/** The element that has the focus, looking through shadow roots and into same-page iframes (by their content). */
async function focusedInHost(page: Page): Promise<string> {
    return page.evaluate(() => {
        let element: Element | null = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return element ? `${element.tagName.toLowerCase()}${element.getAttribute('aria-label') ? `[${element.getAttribute('aria-label')}]` : ''}` : '';
    });
}

describe('accessibility with the real assistant', () => {
    let app: TestApp;
    let host: HostSite;

    beforeAll(async () => {
        app = await startTestApp();
        host = await startHostSite(app.url);
    });

    afterAll(async () => {
        await host?.close();
        await app?.dispose();
    });

    for (const locale of ['en-US', 'es-US', 'ar']) {
        it(`the full chat page has no axe-core violations (${locale})`, async () => {
            const context = await browser.newContext({ locale });
            try {
                const page = await context.newPage();
                await page.goto(`${app.url}/`);
                await page.locator('.webchat__bubble').first().waitFor({ timeout: 15000 });
                // The welcome's buttons, once rendered.
                await page.waitForTimeout(300);
                expect(await violations(page)).toEqual([]);
            } finally {
                await context.close();
            }
        });
    }

    it('a host page with the widget closed, then open, has no axe-core violations (the panel included)', async () => {
        const context = await browser.newContext({ locale: 'en-US' });
        try {
            const page = await context.newPage();
            await page.goto(`${host.url}/one.html`);
            const launcher = page.getByRole('button', { name: 'Open the chat with Ayuda Legal Test' });
            await launcher.waitFor();
            expect(await violations(page)).toEqual([]);

            await launcher.click();
            const frame = page.frameLocator('iframe[title="Chat with Ayuda Legal Test"]');
            await frame.locator('.webchat__bubble').first().waitFor({ timeout: 15000 });
            await page.waitForTimeout(300);
            expect(await violations(page)).toEqual([]);
        } finally {
            await context.close();
        }
    });
});

describe('keyboard-only use of the embedded widget', () => {
    let testStore: TestStore;
    let server: DirectLineTestServer;
    let host: HostSite;

    beforeAll(async () => {
        testStore = await createTestStore();
        server = await startDirectLineTestServer({ databaseUrl: testStore.databaseUrl, env: { ORG_NAME: 'Keys Org' } });
        host = await startHostSite(server.baseUrl, 'data-lang="es"');
    });

    afterAll(async () => {
        await host?.close();
        await server?.close();
        await testStore?.dispose();
    });

    it('opens with Enter, types, picks a suggested action, closes with Escape and gives the focus back to the launcher', async () => {
        const context = await browser.newContext({ locale: 'en-US' });
        try {
            const page = await context.newPage();
            await page.goto(`${host.url}/one.html`);
            // The host page's language (data-lang) names the launcher.
            const launcher = page.getByRole('button', { name: 'Abrir el chat con Keys Org' });
            await launcher.waitFor();

            // Tab through the host page until the launcher has the focus (it comes after the host's own controls).
            for (let i = 0; i < 10 && (await focusedInHost(page)) !== 'button[Abrir el chat con Keys Org]'; i += 1) await page.keyboard.press('Tab');
            expect(await focusedInHost(page)).toBe('button[Abrir el chat con Keys Org]');
            await page.keyboard.press('Enter');

            // The focus moves into the panel, to the send box.
            const frame = page.frameLocator('iframe[title="Chat con Keys Org"]');
            const sendBox = frame.locator(SEND_BOX);
            await expect(sendBox).toBeFocusedEventually();
            await page.keyboard.type('menu');
            await page.keyboard.press('Enter');
            // A round trip through the Direct Line test server: 30 s, as two loaded CI cores (the scale and fuzz suites
            // beside it) took more than 10 once. Nothing here is timed.
            await frame.getByRole('toolbar').getByRole('button', { name: 'Blue' }).waitFor({ timeout: 30000 });

            // From the send box, back (Shift+Tab) to the suggested actions' toolbar, an arrow key to "Blue", Enter.
            await page.keyboard.press('Shift+Tab');
            await expect(frame.locator(':focus').textContent()).resolves.toBe('Red');
            await page.keyboard.press('ArrowRight');
            await expect(frame.locator(':focus').textContent()).resolves.toBe('Blue');
            await page.keyboard.press('Enter');
            await frame.locator('p', { hasText: 'Echo: Blue' }).first().waitFor({ timeout: 30000 });

            // Escape closes the panel and the launcher has the focus again.
            await sendBox.focus();
            await page.keyboard.press('Escape');
            await page.waitForFunction(() => {
                const root = document.querySelector('sendero-chat')?.shadowRoot;
                return root?.querySelector('.panel')?.hasAttribute('hidden') === true;
            });
            await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');
            expect(await focusedInHost(page)).toBe('button[Abrir el chat con Keys Org]');

            // Enter opens it again, with the conversation as it was.
            await page.keyboard.press('Enter');
            await expect(sendBox).toBeFocusedEventually();
            await expect(frame.locator('p', { hasText: 'Echo: Blue' }).count()).resolves.toBe(1);
        } finally {
            await context.close();
        }
    });
});

declare global {
    // eslint-disable-next-line @typescript-eslint/no-namespace
    namespace jest {
        interface Matchers<R> {
            toBeFocusedEventually(): Promise<R>;
        }
    }
}

expect.extend({
    /** Waits up to 10 s (a safety net, not a timing assertion) for a Playwright locator to hold the focus. */
    async toBeFocusedEventually(locator: { evaluate(fn: (element: Element) => boolean): Promise<boolean> }) {
        const deadline = Date.now() + 10000;
        for (;;) {
            const focused = await locator.evaluate((element) => element === element.ownerDocument.activeElement && element.ownerDocument.hasFocus()).catch(() => false);
            if (focused) return { pass: true, message: () => 'the element has the focus' };
            if (Date.now() > deadline) return { pass: false, message: () => 'the element never got the focus' };
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
    },
});
