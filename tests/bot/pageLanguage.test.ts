import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { registerPasswordPageRoutes } from '../../bot/passwordPageRoutes';
import { registerTermsRoutes } from '../../bot/termsRoutes';
import { i18n, say, texts, TEST_ORGANIZATION, type DialogHarness } from '../support/dialogHarness';
import { LOCALES } from '../dialogs/account/accountFixture';
import { openWordsHarness } from '../dialogs/words/wordsFixture';

/*
 * The links the bot sends (terms of use, password page) carry the conversation's language, and the pages open in it
 * even when the browser asks for another language: a Spanish conversation on a phone set to English stays Spanish.
 */
let harness: DialogHarness | undefined;
let server: Server | undefined;
afterEach(async () => {
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    await harness?.dispose();
    harness = undefined;
    server = undefined;
});

/** The real page routes on 127.0.0.1, over the harness's password links; returns the origin. */
async function startPages(h: DialogHarness): Promise<string> {
    server = restify.createServer({ name: 'page-language-test', handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser({ mapParams: false }));
    server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, mapFiles: false }));
    registerTermsRoutes(server, { i18n, defaultLanguage: 'en', orgName: TEST_ORGANIZATION.name });
    registerPasswordPageRoutes(server, { links: h.services.accounts.passwordLinks, i18n, defaultLanguage: 'en', orgName: TEST_ORGANIZATION.name });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

const linkIn = (reply: string | undefined, path: string) => new URL(reply?.match(new RegExp(`(http\\S+${path}\\S*)`))?.[1] ?? 'http://missing/');

describe.each(LOCALES)('pages opened from a $language conversation', ({ language, locale, t }) => {
    // The browser asks for the other language: the page must still follow the conversation.
    const browserLanguage = language === 'es' ? 'en-US,en;q=0.9' : 'es-MX,es;q=0.9';

    test('the terms link and the password link carry the language, and both pages open in it', async () => {
        harness = await openWordsHarness({ locale });
        const h = harness;
        await say(h.client, 'hi');
        await say(h.client, '2');
        await say(h.client, '2');
        await say(h.client, 'ana.lopez@example.com');
        const terms = linkIn(texts(await say(h.client, await h.latestCode('ana.lopez@example.com'))).join('\n'), '/terms');
        expect(terms.searchParams.get('lang')).toBe(language);
        const password = linkIn(texts(await say(h.client, '1')).at(-1), '/account/password/');
        expect(password.searchParams.get('lang')).toBe(language);

        const origin = await startPages(h);
        const termsPage = await fetch(`${origin}${terms.pathname}${terms.search}`, { headers: { 'Accept-Language': browserLanguage } });
        expect(termsPage.headers.get('content-language')).toBe(language);
        expect(await termsPage.text()).toContain(t('createAccount.terms.page.title'));

        const passwordPage = await fetch(`${origin}${password.pathname}${password.search}`, { headers: { 'Accept-Language': browserLanguage } });
        expect(passwordPage.status).toBe(200);
        const html = await passwordPage.text();
        expect(html).toContain(`<html lang="${language}"`);
        expect(html).toContain(t('notifications.passwordPage.title'));
        // The form posts back with the language, so a refused password is explained in it too.
        expect(html).toContain(`action="?lang=${language}"`);
    });
});

describe('a conversation answered in traditional Chinese characters (zh-TW)', () => {
    const t = i18n.getFixedT('zh', 'traditional');

    test('the email, the terms and the password page are in traditional characters too (the locale "zh-Hant")', async () => {
        harness = await openWordsHarness({ locale: 'zh-TW' });
        const h = harness;
        await say(h.client, '你好');
        await say(h.client, '2');
        await say(h.client, '2');
        await say(h.client, 'ana.lopez@example.com');
        const [mail] = await h.inbox('ana.lopez@example.com');
        expect(mail.subject).toBe(t('notifications.emailConfirmation.subject', { orgName: TEST_ORGANIZATION.name }));
        const terms = linkIn(texts(await say(h.client, await h.latestCode('ana.lopez@example.com'))).join('\n'), '/terms');
        expect(terms.searchParams.get('lang')).toBe('zh-Hant');
        const password = linkIn(texts(await say(h.client, '1')).at(-1), '/account/password/');
        expect(password.searchParams.get('lang')).toBe('zh-Hant');

        const origin = await startPages(h);
        const termsPage = await fetch(`${origin}${terms.pathname}${terms.search}`, { headers: { 'Accept-Language': 'en-US' } });
        expect(termsPage.headers.get('content-language')).toBe('zh-Hant');
        expect(await termsPage.text()).toContain(t('createAccount.terms.page.title'));
        const html = await (await fetch(`${origin}${password.pathname}${password.search}`)).text();
        expect(html).toContain('<html lang="zh-Hant"');
        expect(html).toContain(t('notifications.passwordPage.title'));
    });

    test('a browser set to zh-TW or zh-HK gets the terms in traditional characters, zh-CN in simplified', async () => {
        harness = await openWordsHarness({ locale: 'zh-TW' });
        const origin = await startPages(harness);
        const page = async (language: string) => (await fetch(`${origin}/terms`, { headers: { 'Accept-Language': language } })).text();
        expect(await page('zh-TW,zh;q=0.9')).toContain(t('createAccount.terms.page.title'));
        expect(await page('zh-HK')).toContain(t('createAccount.terms.page.title'));
        expect(await page('zh-CN,zh;q=0.9')).toContain(i18n.getFixedT('zh')('createAccount.terms.page.title'));
    });
});
