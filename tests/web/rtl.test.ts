import type { AddressInfo } from 'node:net';
import { ActivityHandler, ActivityTypes } from 'botbuilder';
import restify, { type Server } from 'restify';
import type { Browser, Page } from 'playwright-core';
import { registerPasswordPageRoutes } from '../../bot/passwordPageRoutes';
import { registerTermsRoutes } from '../../bot/termsRoutes';
import { launchChromium } from '../support/chromium';
import { i18n, startDialogHarness, TEST_ORGANIZATION, type DialogHarness } from '../support/dialogHarness';
import { startDirectLineTestServer, type DirectLineTestServer } from '../support/directLineTestServer';
import { createTestStore, type TestStore } from '../support/testStore';

// A browser flow of many steps, each with its own wait: on a loaded two-core CI machine (browsers, the scale and fuzz
// suites at once) the whole flow needs more than jest's 30 s default, as the other browser suites have.
jest.setTimeout(120_000);

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const ar = i18n.getFixedT('ar');
const en = i18n.getFixedT('en');
const ORG = TEST_ORGANIZATION.name;

/**
 * A bot that greets in the language of the activity's locale and, on "عربي", switches the page to Arabic with the
 * same event and words as Sendero's language switch (conversation/languageSwitch.ts).
 */
class GreetingBot extends ActivityHandler {
    constructor() {
        super();
        this.onMembersAdded(async (context, next) => {
            const language = String(context.activity.locale ?? 'en').slice(0, 2);
            await context.sendActivity(i18n.t('welcome.greeting', { lng: language, orgName: ORG }));
            await next();
        });
        this.onMessage(async (context, next) => {
            if (context.activity.text === 'عربي') {
                await context.sendActivity({ type: ActivityTypes.Event, name: 'sendero.languageChanged', value: 'ar' });
                await context.sendActivity(ar('language.changed'));
            }
            await next();
        });
    }
}

/** Arabic reads right to left: the widget and every page Sendero serves say so, in real headless Chromium. */
describe('right-to-left pages', () => {
    let testStore: TestStore;
    let chat: DirectLineTestServer;
    let browser: Browser;
    let harness: DialogHarness;
    let pages: Server;
    let pagesOrigin: string;

    beforeAll(async () => {
        testStore = await createTestStore();
        harness = await startDialogHarness();
        [chat, browser] = await Promise.all([
            startDirectLineTestServer({ databaseUrl: testStore.databaseUrl, env: { ORG_NAME: ORG }, bot: new GreetingBot() }),
            launchChromium(),
        ]);
        pages = restify.createServer({ name: 'rtl-pages-test', handleUncaughtExceptions: false });
        pages.use(restify.plugins.queryParser({ mapParams: false }));
        registerTermsRoutes(pages, { i18n, defaultLanguage: 'en', orgName: ORG });
        registerPasswordPageRoutes(pages, { links: harness.services.accounts.passwordLinks, i18n, defaultLanguage: 'en', orgName: ORG });
        await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
        pagesOrigin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
        await browser?.close();
        await chat?.close();
        if (pages) await new Promise<void>((resolve) => pages.close(() => resolve()));
        await harness?.dispose();
        await testStore?.dispose();
    });

    // Web Chat renders Markdown, which turns straight quotes into curly ones: compare on the longest run between quotes.
    const bubble = (page: Page, text: string) => page.locator('p', { hasText: text.split(/['"«»]/).sort((a, b) => b.length - a.length)[0].trim() }).first();

    /** The direction the browser lays an element out in, and whether Web Chat's own root says rtl. */
    const layout = (page: Page, text: string) =>
        bubble(page, text).evaluate((element) => ({
            direction: getComputedStyle(element).direction,
            webChatRtl: document.querySelector('#webchat [dir="rtl"]') !== null,
            pageDir: document.documentElement.dir,
            pageLang: document.documentElement.lang,
        }));

    test('an Arabic browser gets the chat in Arabic, laid out right to left', async () => {
        const context = await browser.newContext({ locale: 'ar' });
        const page = await context.newPage();
        try {
            await page.goto(`${chat.baseUrl}/`);
            const greeting = ar('welcome.greeting', { orgName: ORG });
            await bubble(page, greeting).waitFor({ timeout: 15000 });
            await expect(layout(page, greeting)).resolves.toEqual({ direction: 'rtl', webChatRtl: true, pageDir: 'rtl', pageLang: 'ar' });
        } finally {
            await context.close();
        }
    });

    test('an English conversation switched by typing "عربي" turns right to left', async () => {
        const context = await browser.newContext({ locale: 'en-US' });
        const page = await context.newPage();
        try {
            await page.goto(`${chat.baseUrl}/`);
            await bubble(page, en('welcome.greeting', { orgName: ORG })).waitFor({ timeout: 15000 });
            await expect(page.locator('html').getAttribute('dir')).resolves.toBe('ltr');
            await expect(page.locator('#webchat [dir="rtl"]').count()).resolves.toBe(0);

            await page.locator(SEND_BOX).fill('عربي');
            await page.locator(SEND_BOX).press('Enter');
            await bubble(page, ar('language.changed')).waitFor({ timeout: 10000 });
            await page.waitForFunction(() => document.documentElement.dir === 'rtl', undefined, { timeout: 5000 });
            await expect(layout(page, ar('language.changed'))).resolves.toEqual({ direction: 'rtl', webChatRtl: true, pageDir: 'rtl', pageLang: 'ar' });
        } finally {
            await context.close();
        }
    });

    test('the terms page and the password page open right to left in Arabic, left to right in English', async () => {
        const context = await browser.newContext({ locale: 'en-US' });
        const page = await context.newPage();
        try {
            for (const [path, title] of [
                ['/terms', 'createAccount.terms.page.title'],
                ['/account/password/no-such-link', 'notifications.passwordPage.notFoundTitle'],
            ] as const) {
                await page.goto(`${pagesOrigin}${path}?lang=ar`);
                await expect(page.locator('h1').textContent()).resolves.toContain(ar(title, { orgName: ORG }));
                await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction])).resolves.toEqual(['ar', 'rtl', 'rtl']);

                await page.goto(`${pagesOrigin}${path}?lang=en`);
                await expect(page.evaluate(() => [document.documentElement.lang, getComputedStyle(document.body).direction])).resolves.toEqual(['en', 'ltr']);
            }
        } finally {
            await context.close();
        }
    });
});
