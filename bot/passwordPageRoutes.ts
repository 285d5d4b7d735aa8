import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { availableLanguages, dirAttribute, matchLanguage, textsFor, type I18n, type TFunction } from '../locales/index';
import { isTraditionalLocale } from '../locales/chineseScript';
import { FlowNotFound, LinkExpired, LinkNotFound, StepOutOfOrder } from '../services/accounts/accountErrors';
import type { PasswordLinks } from '../services/accounts/passwordLinks';
import type { PasswordRule } from '../services/validators';
import { isCrossSitePost } from './crossSitePost';
import { escapeHtml } from './escapeHtml';

export interface PasswordPageDeps {
    links: PasswordLinks;
    i18n: I18n;
    defaultLanguage: string;
    orgName: string;
    /** The origin users reach (PUBLIC_BASE_URL); a form posted from any other origin is refused. */
    publicBaseUrl?: string;
}

/** The policy as listed on the form; tooLong is left out (no one meets it by accident) but shown if failed. */
const LISTED_RULES: PasswordRule[] = ['tooShort', 'missingUppercase', 'missingLowercase', 'missingSpecial', 'containsEmail', 'tooCommon'];

const formSchema = z.object({ password: z.string().max(1024), confirm: z.string().max(1024) });

interface PageTemplate {
    html: string;
    styleHash: string;
}

let cachedTemplate: PageTemplate | undefined;
function pageTemplate(): PageTemplate {
    if (cachedTemplate) return cachedTemplate;
    const candidates = [path.resolve(__dirname, '..', 'web', 'password.html'), path.resolve(__dirname, '..', '..', 'web', 'password.html')];
    const file = candidates.find((candidate) => fs.existsSync(candidate));
    if (!file) throw new Error(`web/password.html not found (looked in ${candidates.join(', ')})`);
    const html = fs.readFileSync(file, 'utf8');
    // The inline style is allowed by its hash, so the CSP needs no 'unsafe-inline'.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    cachedTemplate = { html, styleHash: crypto.createHash('sha256').update(style, 'utf8').digest('base64') };
    return cachedTemplate;
}

/**
 * GET and POST /account/password/:token: the page behind a password link, where a password is typed into a masked
 * field instead of the chat. Localized by ?lang= or Accept-Language; never stored, cached or echoed back.
 */
export function registerPasswordPageRoutes(server: Server, deps: PasswordPageDeps): void {
    const languages = availableLanguages();

    server.get('/account/password/:token', async (req, res) => {
        const page = localize(req, languages, deps);
        const token = String(req.params.token ?? '');
        try {
            await deps.links.check(token);
        } catch (error) {
            sendLinkError(res, page, deps, error);
            return;
        }
        sendPage(res, 200, page, deps, page.t('notifications.passwordPage.title'), passwordForm(page.t, req));
    });

    server.post('/account/password/:token', async (req, res) => {
        const page = localize(req, languages, deps);
        if (isCrossSitePost(req, deps.publicBaseUrl)) {
            // A page elsewhere must not set someone's password through their browser; the link is not even looked at.
            sendPage(res, 403, page, deps, page.t('notifications.passwordPage.foreignTitle'), `<p>${escapeHtml(page.t('notifications.passwordPage.foreign'))}</p>`);
            return;
        }
        const token = String(req.params.token ?? '');
        const form = formSchema.safeParse(req.body ?? {});
        try {
            if (!form.success) {
                await deps.links.check(token);
                sendPage(res, 400, page, deps, page.t('notifications.passwordPage.title'), passwordForm(page.t, req));
                return;
            }
            const outcome = await deps.links.setPassword(token, form.data.password, form.data.confirm);
            const { t } = page;
            if (outcome.status === 'set') {
                sendPage(res, 200, page, deps, t('notifications.passwordPage.successTitle'), `<p>${escapeHtml(t('notifications.passwordPage.success'))}</p>`);
                return;
            }
            const problem =
                outcome.status === 'mismatch'
                    ? `<p class="problem" role="alert">${escapeHtml(t('notifications.passwordPage.mismatch'))}</p>`
                    : `<div class="problem" role="alert"><p>${escapeHtml(t('notifications.passwordPage.rejectedHeading'))}</p>${ruleList(t, outcome.failures)}</div>`;
            sendPage(res, 422, page, deps, t('notifications.passwordPage.title'), problem + passwordForm(t, req));
        } catch (error) {
            sendLinkError(res, page, deps, error);
        }
    });
}

function passwordForm(t: TFunction, req: Request): string {
    const lang = typeof req.query?.lang === 'string' ? `?lang=${encodeURIComponent(req.query.lang)}` : '';
    return [
        `<p>${escapeHtml(t('notifications.passwordPage.intro'))}</p>`,
        `<form method="post" action="${escapeHtml(lang)}">`,
        `<label for="password">${escapeHtml(t('notifications.passwordPage.password'))}</label>`,
        '<input id="password" name="password" type="password" autocomplete="new-password" required minlength="8" maxlength="128" autofocus>',
        `<label for="confirm">${escapeHtml(t('notifications.passwordPage.confirm'))}</label>`,
        '<input id="confirm" name="confirm" type="password" autocomplete="new-password" required minlength="8" maxlength="128">',
        `<p>${escapeHtml(t('notifications.passwordPage.rulesHeading'))}</p>`,
        ruleList(t, LISTED_RULES),
        `<button type="submit">${escapeHtml(t('notifications.passwordPage.submit'))}</button>`,
        '</form>',
    ].join('\n');
}

function ruleList(t: TFunction, rules: readonly PasswordRule[]): string {
    return `<ul>${rules.map((rule) => `<li>${escapeHtml(t(`notifications.passwordPage.rules.${rule}`))}</li>`).join('')}</ul>`;
}

/** The visitor's language and its translation function. */
interface LocalizedPage {
    language: string;
    t: TFunction;
}

function localize(req: Request, languages: readonly string[], deps: PasswordPageDeps): LocalizedPage {
    const language = pickLanguage(req, languages, deps.defaultLanguage);
    return { language, t: textsFor(deps.i18n, language) };
}

function sendLinkError(res: Response, page: LocalizedPage, deps: PasswordPageDeps, error: unknown): void {
    const { t } = page;
    if (error instanceof LinkNotFound) {
        sendPage(res, 404, page, deps, t('notifications.passwordPage.notFoundTitle'), `<p>${escapeHtml(t('notifications.passwordPage.notFound'))}</p>`);
        return;
    }
    // A link whose registration or reset has moved on, ended or expired is as good as used.
    if (error instanceof LinkExpired || error instanceof FlowNotFound || error instanceof StepOutOfOrder) {
        sendPage(res, 410, page, deps, t('notifications.passwordPage.goneTitle'), `<p>${escapeHtml(t('notifications.passwordPage.gone'))}</p>`);
        return;
    }
    throw error;
}

function sendPage(res: Response, status: number, page: LocalizedPage, deps: PasswordPageDeps, title: string, content: string): void {
    const template = pageTemplate();
    const values: Record<string, string> = {
        lang: escapeHtml(page.language),
        dir: dirAttribute(page.language),
        title: escapeHtml(title),
        orgName: escapeHtml(deps.orgName),
        content,
    };
    const html = template.html.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => values[key] ?? '');
    res.writeHead(status, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': `default-src 'self'; style-src 'sha256-${template.styleHash}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
    });
    res.end(html);
}

/** ?lang= first, then the first Accept-Language entry (by q) that we have, then the default. */
export function pickLanguage(req: Request, languages: readonly string[], defaultLanguage: string): string {
    // Chinese in traditional characters is the locale "zh-Hant" (textsFor reads it): asked for (?lang=zh-Hant, from a
    // chat answered in them) or the browser's (zh-TW, zh-HK).
    const asLocale = (tag: string, language: string) => (language === 'zh' && isTraditionalLocale(tag) ? 'zh-Hant' : language);
    const query = typeof req.query?.lang === 'string' ? req.query.lang : undefined;
    const fromQuery = query ? matchLanguage(query, languages) : undefined;
    if (query && fromQuery) return asLocale(query, fromQuery);
    const header = req.headers['accept-language'];
    const ranked = (typeof header === 'string' ? header : '')
        .split(',')
        .map((part) => {
            const [tag, ...params] = part.trim().split(';');
            const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
            return { tag, q: q === undefined ? 1 : Number(q) };
        })
        .filter((entry) => entry.tag && entry.q > 0)
        .sort((a, b) => b.q - a.q);
    for (const entry of ranked) {
        const language = matchLanguage(entry.tag, languages);
        if (language) return asLocale(entry.tag, language);
    }
    return defaultLanguage;
}

