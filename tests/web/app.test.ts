import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { en, es } from '../support/dialogHarness';
import { startTestApp, type TestApp } from '../support/testApp';

const SEND_BOX = '[data-id="webchat-sendbox-input"]';

/** The whole assistant, as `npm start` wires it, in real headless Chromium. */
describe('the widget at / with the real bot', () => {
    let app: TestApp;
    let browser: Browser;

    beforeAll(async () => {
        app = await startTestApp();
        browser = await launchChromium();
    });
    afterAll(async () => {
        await browser?.close();
        await app?.dispose();
    });

    // Web Chat renders Markdown, which turns straight quotes into curly ones: compare on the text between quotes.
    const bubble = (page: Page, text: string) => page.locator('p', { hasText: text.split(/['"]/).sort((a, b) => b.length - a.length)[0] }).first();

    async function send(page: Page, text: string) {
        await page.locator(SEND_BOX).fill(text);
        await page.locator(SEND_BOX).press('Enter');
    }

    test('welcome, menu buttons, a menu pick, then Spanish', async () => {
        const context = await browser.newContext({ locale: 'en-US' });
        const page = await context.newPage();
        try {
            await page.goto(app.url);
            await bubble(page, en('welcome.greeting', { orgName: 'Ayuda Legal Test' })).waitFor({ timeout: 15000 });
            // The menu arrives as suggested-action buttons; tapping one is a real user pick.
            await page.getByRole('button', { name: en('menu.options.talkToPerson.title') }).first().click();
            await bubble(page, '555-0100').waitFor({ timeout: 10000 });

            await send(page, 'español');
            await bubble(page, es('language.changed')).waitFor({ timeout: 10000 });
            await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
            await page.getByRole('button', { name: es('menu.options.checkStatus.title') }).first().waitFor({ timeout: 10000 });

            await send(page, '5');
            await bubble(page, es('comingSoon.notYet', { flow: es('flows.commonQuestions') }).slice(0, 40)).waitFor({ timeout: 10000 });
        } finally {
            await context.close();
        }
    });

    test('a Spanish browser is greeted in Spanish', async () => {
        const context = await browser.newContext({ locale: 'es-MX' });
        const page = await context.newPage();
        try {
            await page.goto(app.url);
            await bubble(page, es('welcome.greeting', { orgName: 'Ayuda Legal Test' })).waitFor({ timeout: 15000 });
        } finally {
            await context.close();
        }
    });
});
