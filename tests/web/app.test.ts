import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { en, es, i18n } from '../support/dialogHarness';
import { startTestApp, type TestApp } from '../support/testApp';

// A browser flow of many steps, each with its own wait: on a loaded two-core CI machine (browsers, the scale and fuzz
// suites at once) the whole flow needs more than jest's 30 s default, as the other browser suites have.
jest.setTimeout(120_000);

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const t = (language: string, key: string) => i18n.getFixedT(language)(key);

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
            await bubble(page, es('faq.menu.prompt')).waitFor({ timeout: 10000 });
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

    /** An English browser's page at the welcome, and its language picker; the caller closes the context. */
    async function atEnglishWelcome(): Promise<{ context: BrowserContext; page: Page; picker: Locator }> {
        const context = await browser.newContext({ locale: 'en-US' });
        try {
            const page = await context.newPage();
            await page.goto(app.url);
            await bubble(page, en('welcome.greeting', { orgName: 'Ayuda Legal Test' })).waitFor({ timeout: 15000 });
            return { context, page, picker: page.getByRole('combobox', { name: 'Language' }) };
        } catch (error) {
            await context.close();
            throw error;
        }
    }

    test('the language picker lists every language by its own name, switches the chat and asks the open question again without answering it', async () => {
        const { context, page, picker } = await atEnglishWelcome();
        try {
            const names = await picker.locator('option').allTextContents();
            expect(names).toEqual(expect.arrayContaining(['English', 'Español', '中文', 'Tiếng Việt', 'Tagalog', 'العربية', 'Français', '한국어']));

            await page.locator(SEND_BOX).fill('check my case status');
            await page.locator(SEND_BOX).press('Enter');
            await bubble(page, en('caseStatus.ask.receipt')).waitFor({ timeout: 10000 });

            await picker.selectOption('fr');
            await bubble(page, t('fr', 'language.changed')).waitFor({ timeout: 10000 });
            // The receipt question comes back in French: the choice answered nothing.
            await bubble(page, t('fr', 'caseStatus.ask.receipt')).waitFor({ timeout: 10000 });
            await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
            // The picker's own label follows the language too.
            await page.getByRole('combobox', { name: t('fr', 'widget.language') }).waitFor({ timeout: 10000 });

            await page.getByRole('combobox', { name: t('fr', 'widget.language') }).selectOption('ar');
            await bubble(page, t('ar', 'language.changed')).waitFor({ timeout: 10000 });
            await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
        } finally {
            await context.close();
        }
    });

    test('Chinese is listed twice, 中文 and 繁體中文: each answers in its characters, and the page follows', async () => {
        // Before: one "中文", in simplified characters until the user wrote traditional ones.
        const traditional = (key: string) => i18n.getFixedT('zh', 'traditional')(key);
        const { context, page, picker } = await atEnglishWelcome();
        try {
            expect(await picker.locator('option').allTextContents()).toEqual(expect.arrayContaining(['中文', '繁體中文']));

            await page.locator(SEND_BOX).fill('check my case status');
            await page.locator(SEND_BOX).press('Enter');
            await bubble(page, en('caseStatus.ask.receipt')).waitFor({ timeout: 10000 });

            await picker.selectOption('zh-Hant');
            await bubble(page, traditional('language.changed')).waitFor({ timeout: 10000 });
            await bubble(page, traditional('caseStatus.ask.receipt')).waitFor({ timeout: 10000 });
            await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hant');
            const chinesePicker = page.getByRole('combobox', { name: traditional('widget.language') });
            await expect(chinesePicker.inputValue()).resolves.toBe('zh-Hant');


            await chinesePicker.selectOption('zh');
            await bubble(page, t('zh', 'language.changed')).waitFor({ timeout: 10000 });
            await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh');
            expect(traditional('language.changed')).not.toBe(t('zh', 'language.changed'));
        } finally {
            await context.close();
        }
    });
});
