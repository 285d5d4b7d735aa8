import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { registerTermsRoutes } from '../../bot/termsRoutes';
import { createI18n } from '../../locales/index';

const i18n = createI18n('en');
const en = i18n.getFixedT('en');
const es = i18n.getFixedT('es');
let server: Server;
let baseUrl: string;

async function listen(orgName: string): Promise<void> {
    // The same query parsing as bot/server.ts.
    server = restify.createServer({ name: 'terms-test', handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser({ mapParams: false }));
    registerTermsRoutes(server, { i18n, defaultLanguage: 'en', orgName });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
});

const SECTIONS = ['who', 'account', 'security', 'privacy', 'advice', 'changes'];

describe('GET /terms', () => {
    const cases: Array<{ name: string; headers: Record<string, string>; query: string; t: typeof en; lang: string }> = [
        { name: 'English by default', headers: {}, query: '', t: en, lang: 'en' },
        { name: 'Spanish from ?lang=es', headers: {}, query: '?lang=es', t: es, lang: 'es' },
        { name: 'Spanish from Accept-Language', headers: { 'Accept-Language': 'de-DE, es-MX;q=0.8, en;q=0.5' }, query: '', t: es, lang: 'es' },
        { name: '?lang wins over Accept-Language', headers: { 'Accept-Language': 'es' }, query: '?lang=en', t: en, lang: 'en' },
    ];
    test.each(cases)('renders every section from the locale keys: $name', async ({ headers, query, t, lang }) => {
        await listen('Ayuda Legal');
        const response = await fetch(`${baseUrl}/terms${query}`, { headers });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(response.headers.get('content-language')).toBe(lang);
        const html = await response.text();
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain('<meta name="viewport"');
        expect(html).toContain(`<h1>${t('createAccount.terms.page.title')}</h1>`);
        for (const id of SECTIONS) {
            expect(html).toContain(`<h2 id="${id}">${t(`createAccount.terms.page.${id}Heading`)}</h2>`);
            expect(html).toContain(`<p>${t(`createAccount.terms.page.${id}`, { orgName: 'Ayuda Legal' })}</p>`);
        }
        expect(html).not.toMatch(/<script|\{\{/i);
    });

    test('a strict CSP: nothing loads, and the one inline style is allowed by its exact hash', async () => {
        await listen('Ayuda Legal');
        const response = await fetch(`${baseUrl}/terms`);
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; frame-ancestors 'none'/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        const html = await response.text();
        const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
        const hash = crypto.createHash('sha256').update(style, 'utf8').digest('base64');
        expect(csp).toContain(`'sha256-${hash}'`);
    });

    test('the organisation name is escaped, never markup', async () => {
        await listen('<script>alert("x")</script> & Co');
        const html = await (await fetch(`${baseUrl}/terms`)).text();
        expect(html).not.toContain('<script>');
        expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    });
});
