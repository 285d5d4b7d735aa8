import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { availableLanguages, dirAttribute, loadTraditionalTranslations, loadTranslations } from '../../locales';
import { DIRECT_LINE_BASE_PATH, TOKEN_ENDPOINT_PATH } from './directLineRoutes';
import { escapeHtml } from '../escapeHtml';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** What the page reads from its inline config block: branding and UI strings come from config, never the page. */
export interface WidgetPageConfig {
    orgName: string;
    accentColor: string;
    defaultLocale: string;
    tokenUrl: string;
    directLinePath: string;
    /** The `widget` section of each locale file, by language. */
    strings: Record<string, Record<string, string>>;
    /** The language picker's options: every supported language by its own name. */
    languages: Array<{ code: string; name: string }>;
    /** Branding beyond name and colour: a logo URL and a welcome line ('' = none). */
    logoUrl: string;
    welcome: string;
    /** True in the panel embed.js frames on a host site (a close button; Escape closes). */
    embedded?: boolean;
    /** The host page's language, as embed.js passes it to the panel. */
    requestedLocale?: string;
}

export interface WidgetRoutesOptions {
    config: Pick<Config, 'ORG_NAME' | 'WIDGET_ACCENT_COLOR' | 'DEFAULT_LOCALE'> &
        Partial<Pick<Config, 'WIDGET_LOGO_URL' | 'WIDGET_WELCOME' | 'WIDGET_EMBED_ORIGINS'>>;
    logger: Logger;
    /** Folder holding index.html, widget.js and widget.css (found next to the sources by default). */
    webDirectory?: string;
}

/** The page may talk to its own origin only; Web Chat needs inline styles (it injects its CSS at run time). */
const CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
].join('; ');

const PAGE_HEADERS = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
};

/** The official Web Chat bundle, as shipped in node_modules (its dist/ folder is not in the package's exports). */
export function webChatBundle(): { file: string; version: string } {
    const packageRoot = path.join(path.dirname(require.resolve('botframework-webchat')), '..');
    const { version } = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
    return { file: path.join(packageRoot, 'dist', 'webchat.js'), version };
}

/** Where the bundle is served: its content hash is in the path, so it can be cached for a year and change on upgrade. */
export function webChatBundleUrl(file = webChatBundle().file): string {
    const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 20);
    return `/static/webchat/${hash}/webchat.js`;
}

/** Registers `/` (the chat page), its script and style, and the Web Chat bundle. */
export function registerWidgetRoutes(server: Server, options: WidgetRoutesOptions): void {
    const webDirectory = options.webDirectory ?? findWebDirectory();
    const bundle = webChatBundle();
    // The content hash is in the path, so the 3.9 MB bundle can be cached for a year and still change on upgrade.
    const bundleUrl = webChatBundleUrl(bundle.file);
    const template = fs.readFileSync(path.join(webDirectory, 'index.html'), 'utf8');
    const baseConfig = pageConfig(options.config);
    const page = renderPage(template, baseConfig, bundleUrl);
    const pageScript = fs.readFileSync(path.join(webDirectory, 'widget.js'));
    const pageStyle = fs.readFileSync(path.join(webDirectory, 'widget.css'));
    const compressedBundle = precompressed(bundle.file, bundleUrl);
    const embedScript = renderEmbedScript(fs.readFileSync(path.join(webDirectory, 'embed.js'), 'utf8'), baseConfig);
    const embedTag = `"${createHash('sha256').update(embedScript).digest('base64url').slice(0, 22)}"`;
    const embedHeaders = embedPageHeaders(options.config.WIDGET_EMBED_ORIGINS ?? '*');
    // The full page keeps frame-ancestors 'self'; a configured https logo is allowed as an image source.
    const pageHeaders = embedPageHeaders("'self'")(baseConfig.logoUrl);

    server.get('/', (req: Request, res: Response, next: () => void) => {
        sendBytes(res, 200, Buffer.from(page), 'text/html; charset=utf-8', { ...pageHeaders, 'Cache-Control': 'no-cache' });
        next();
    });
    server.get('/static/widget.js', (req: Request, res: Response, next: () => void) => {
        sendBytes(res, 200, pageScript, 'text/javascript; charset=utf-8', { 'Cache-Control': 'no-cache' });
        next();
    });
    server.get('/static/widget.css', (req: Request, res: Response, next: () => void) => {
        sendBytes(res, 200, pageStyle, 'text/css; charset=utf-8', { 'Cache-Control': 'no-cache' });
        next();
    });
    // The chat panel embed.js opens in an iframe on a host site: the same page, framed, with the host's branding.
    server.get('/embed', (req: Request, res: Response, next: () => void) => {
        const query: Record<string, unknown> = typeof req.query === 'object' && req.query !== null ? (req.query as Record<string, unknown>) : {};
        const config = { ...baseConfig, ...brandingOverrides(query), embedded: true };
        sendBytes(res, 200, Buffer.from(renderPage(template, config, bundleUrl)), 'text/html; charset=utf-8', {
            ...embedHeaders(config.logoUrl),
            'Cache-Control': 'no-cache',
        });
        next();
    });
    // The snippet's script: a stable URL (it is in other sites' pages), so a short cache and a validator.
    server.get('/embed.js', (req: Request, res: Response, next: () => void) => {
        const headers = { 'Cache-Control': 'public, max-age=300', ETag: embedTag, 'Cross-Origin-Resource-Policy': 'cross-origin' };
        if (String(req.headers['if-none-match'] ?? '') === embedTag) {
            res.writeHead(304, headers);
            res.end();
        } else {
            sendBytes(res, 200, Buffer.from(embedScript), 'text/javascript; charset=utf-8', headers);
        }
        next();
    });
    server.get(bundleUrl, async (req: Request, res: Response) => {
        const accepted = String(req.headers['accept-encoding'] ?? '');
        const headers = { 'Cache-Control': 'public, max-age=31536000, immutable', Vary: 'Accept-Encoding' };
        try {
            if (/\bbr\b/.test(accepted)) {
                sendBytes(res, 200, await compressedBundle.brotli(), 'text/javascript; charset=utf-8', { ...headers, 'Content-Encoding': 'br' });
            } else if (/\bgzip\b/.test(accepted)) {
                sendBytes(res, 200, await compressedBundle.gzipped(), 'text/javascript; charset=utf-8', {
                    ...headers,
                    'Content-Encoding': 'gzip',
                });
            } else {
                sendBytes(res, 200, await compressedBundle.plain(), 'text/javascript; charset=utf-8', headers);
            }
        } catch (error) {
            options.logger.error({ err: error }, 'the Web Chat bundle could not be read');
            res.send(500, { error: { code: 'BundleUnavailable', message: 'the chat script is not available' } });
        }
    });
}

/** Finds web/ from the source tree (tsx, jest) or from dist/bot/directline after a build. */
function findWebDirectory(): string {
    const candidates = [path.resolve(__dirname, '..', '..', 'web'), path.resolve(__dirname, '..', '..', '..', 'web')];
    const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
    if (!found) throw new Error(`web/index.html not found (looked in ${candidates.join(', ')})`);
    return found;
}

export function pageConfig(config: WidgetRoutesOptions['config']): WidgetPageConfig {
    const strings: Record<string, Record<string, string>> = {};
    const widgetStrings = (texts: Record<string, unknown> | undefined) => {
        const widget = texts?.widget;
        return typeof widget === 'object' && widget !== null
            ? Object.fromEntries(Object.entries(widget).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
            : undefined;
    };
    const nameIn = (texts: Record<string, unknown>, code: string) => String((texts.language as { name?: string } | undefined)?.name ?? code);
    // The picker lists each language by its own name; Chinese twice, "中文" and "繁體中文" (see switchToChosenLanguage).
    const languages: WidgetPageConfig['languages'] = [];
    for (const language of availableLanguages()) {
        const texts = loadTranslations(language);
        const own = widgetStrings(texts);
        if (own) strings[language] = own;
        languages.push({ code: language, name: nameIn(texts, language) });
        // Chinese in traditional characters, as "zh-Hant" (the page picks it for a zh-TW or zh-HK browser).
        const traditionalTexts = loadTraditionalTranslations(language);
        if (!traditionalTexts) continue;
        const traditional = widgetStrings(traditionalTexts);
        if (traditional) strings[`${language}-Hant`] = traditional;
        languages.push({ code: `${language}-Hant`, name: nameIn(traditionalTexts, `${language}-Hant`) });
    }
    return {
        languages,
        orgName: config.ORG_NAME,
        accentColor: config.WIDGET_ACCENT_COLOR,
        defaultLocale: config.DEFAULT_LOCALE,
        tokenUrl: TOKEN_ENDPOINT_PATH,
        directLinePath: DIRECT_LINE_BASE_PATH,
        strings,
        logoUrl: config.WIDGET_LOGO_URL ?? '',
        welcome: config.WIDGET_WELCOME ?? '',
    };
}

/** Fills the page template. The JSON goes inside a <script type="application/json">, so `<` is escaped. */
function renderPage(template: string, config: WidgetPageConfig, bundleUrl: string): string {
    const json = JSON.stringify(config).replace(/</g, '\\u003c');
    const title = (config.strings[config.defaultLocale]?.title ?? config.orgName).replace(/\{\{orgName\}\}/g, config.orgName);
    return template
        .replace('%%PAGE_CONFIG%%', () => json)
        .replace('%%WEBCHAT_BUNDLE_URL%%', () => bundleUrl)
        .replace('%%LANG%%', () => config.defaultLocale)
        .replace('%%DIR%%', () => dirAttribute(config.defaultLocale))
        .replace('%%TITLE%%', () => escapeHtml(title));
}


/**
 * The bundle as is, gzipped and brotli-compressed, each made once: on first request, then kept in memory and in a
 * cache folder keyed by the content hash, so a restart (or another process) reuses it instead of compressing again.
 * A failure is not cached: the next request tries again.
 */
function precompressed(file: string, bundleUrl: string): { plain(): Promise<Buffer>; gzipped(): Promise<Buffer>; brotli(): Promise<Buffer> } {
    const cacheDirectory = path.join(os.tmpdir(), 'sendero-static-cache');
    const key = bundleUrl.split('/')[3];
    const once = (make: () => Promise<Buffer>) => {
        let made: Promise<Buffer> | undefined;
        return () =>
            (made ??= make().catch((error: unknown) => {
                made = undefined;
                throw error;
            }));
    };
    const plain = once(() => fs.promises.readFile(file));
    const cached = (extension: string, compress: (bytes: Buffer) => Promise<Buffer>) =>
        once(async () => {
            const cacheFile = path.join(cacheDirectory, `webchat-${key}.js.${extension}`);
            const hit = await fs.promises.readFile(cacheFile).catch(() => undefined);
            if (hit) return hit;
            const bytes = await compress(await plain());
            // Written under a temporary name and renamed, so a reader never sees half a file.
            const temporary = `${cacheFile}.${process.pid}.${Date.now()}`;
            await fs.promises
                .mkdir(cacheDirectory, { recursive: true })
                .then(() => fs.promises.writeFile(temporary, bytes))
                .then(() => fs.promises.rename(temporary, cacheFile))
                .catch(() => fs.promises.rm(temporary, { force: true }));
            return bytes;
        });
    return {
        plain,
        gzipped: cached('gz', (bytes) => gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION })),
        // Quality 9: 709 KB in under a second here; 11 saves 70 KB more but takes 17 s for the first visitor.
        brotli: cached('br', (bytes) =>
            brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
        ),
    };
}

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Branding a host page asked for through embed.js's data- attributes; anything malformed is ignored. */
export function brandingOverrides(query: Record<string, unknown>): Partial<WidgetPageConfig> {
    const text = (value: unknown, max: number) => (typeof value === 'string' && value.trim().length > 0 && value.length <= max ? value.trim() : undefined);
    const overrides: Partial<WidgetPageConfig> = {};
    const name = text(query.name, 80);
    if (name) overrides.orgName = name;
    const accent = text(query.accent, 7);
    if (accent && HEX_COLOUR.test(accent)) overrides.accentColor = accent;
    const logo = text(query.logo, 500);
    if (logo && (/^https:\/\/[^\s"'<>]+$/.test(logo) || /^\/[^/\s"'<>][^\s"'<>]*$/.test(logo))) overrides.logoUrl = logo;
    const welcome = text(query.welcome, 200);
    if (welcome) overrides.welcome = welcome;
    const language = text(query.lang, 12);
    if (language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) overrides.requestedLocale = language;
    return overrides;
}

/** Headers of the embed page: the page's policy, but framable by the configured sites, and a logo from https. */
function embedPageHeaders(origins: string): (logoUrl: string) => Record<string, string> {
    return (logoUrl) => {
        const logoSource = /^https:\/\//.test(logoUrl) ? ` ${new URL(logoUrl).origin}` : '';
        const policy = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'", `frame-ancestors ${origins}`).replace(
            "img-src 'self' data: blob:",
            `img-src 'self' data: blob:${logoSource}`,
        );
        return { ...PAGE_HEADERS, 'Content-Security-Policy': policy };
    };
}

/** embed.js with what its launcher needs filled in: the name, colour, logo and the widget strings of every language. */
function renderEmbedScript(template: string, config: WidgetPageConfig): string {
    const launcher = {
        orgName: config.orgName,
        accentColor: config.accentColor,
        logoUrl: config.logoUrl,
        defaultLocale: config.defaultLocale,
        strings: config.strings,
    };
    return template.replace('/*%%EMBED_CONFIG%%*/ {}', () => JSON.stringify(launcher).replace(/</g, '\\u003c'));
}

function sendBytes(res: Response, status: number, body: Buffer, contentType: string, headers: Record<string, string>): void {
    res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': body.length, ...headers });
    res.end(body);
}
