import crypto from 'node:crypto';
import type { Server } from 'restify';
import { availableLanguages, dirAttribute, textsFor, type I18n } from '../locales/index';
import { pickLanguage } from './passwordPageRoutes';
import { escapeHtml } from './escapeHtml';

export interface TermsPageDeps {
    i18n: I18n;
    defaultLanguage: string;
    orgName: string;
}

/** The sections of the terms, in order; each has `<id>Heading` and `<id>` texts under createAccount.terms.page. */
const SECTIONS = ['who', 'account', 'security', 'privacy', 'advice', 'changes'] as const;

/** The page's only style; the CSP allows exactly this text by its hash, so no 'unsafe-inline' is needed. */
const STYLE =
    'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff}' +
    'h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.5rem}';
const STYLE_HASH = crypto.createHash('sha256').update(STYLE, 'utf8').digest('base64');

/**
 * GET /terms: the full terms of use that the "Create an account" conversation links to, as a small static page in the
 * visitor's language (?lang= first, then Accept-Language), rendered from the locale keys createAccount.terms.page.*.
 */
export function registerTermsRoutes(server: Server, deps: TermsPageDeps): void {
    const languages = availableLanguages();
    server.get('/terms', async (req, res) => {
        const language = pickLanguage(req, languages, deps.defaultLanguage);
        res.writeHead(200, {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Language': language,
            Vary: 'Accept-Language',
            'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
            'Referrer-Policy': 'no-referrer',
            'X-Content-Type-Options': 'nosniff',
        });
        res.end(termsPage(deps, language));
    });
}

/** The whole page; every text is escaped, including the organisation's name. */
export function termsPage(deps: TermsPageDeps, language: string): string {
    const t = textsFor(deps.i18n, language);
    const text = (key: string) => escapeHtml(t(`createAccount.terms.page.${key}`, { orgName: deps.orgName }));
    const sections = SECTIONS.map((id) => `<section aria-labelledby="${id}">\n<h2 id="${id}">${text(`${id}Heading`)}</h2>\n<p>${text(id)}</p>\n</section>`);
    return [
        '<!doctype html>',
        `<html lang="${escapeHtml(language)}"${dirAttribute(language)}>`,
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${text('title')} · ${escapeHtml(deps.orgName)}</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        '<body>',
        '<main>',
        `<h1>${text('title')}</h1>`,
        `<p>${text('intro')}</p>`,
        ...sections,
        '</main>',
        '</body>',
        '</html>',
    ].join('\n');
}

