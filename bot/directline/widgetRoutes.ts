import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { availableLanguages, loadTranslations } from '../../locales';
import { DIRECT_LINE_BASE_PATH, TOKEN_ENDPOINT_PATH } from './directLineRoutes';
import { escapeHtml } from '../escapeHtml';

const gzip = promisify(zlib.gzip);

/** What the page reads from its inline config block: branding and UI strings come from config, never the page. */
export interface WidgetPageConfig {
    orgName: string;
    accentColor: string;
    defaultLocale: string;
    tokenUrl: string;
    directLinePath: string;
    /** The `widget` section of each locale file, by language. */
    strings: Record<string, Record<string, string>>;
}

export interface WidgetRoutesOptions {
    config: Pick<Config, 'ORG_NAME' | 'WIDGET_ACCENT_COLOR' | 'DEFAULT_LOCALE'>;
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

/** Registers `/` (the chat page), its script and style, and the Web Chat bundle. */
export function registerWidgetRoutes(server: Server, options: WidgetRoutesOptions): void {
    const webDirectory = options.webDirectory ?? findWebDirectory();
    const bundle = webChatBundle();
    // The version is in the path, so the 3.8 MB bundle can be cached for a year and still change on upgrade.
    const bundleUrl = `/static/webchat/${bundle.version}/webchat.js`;
    const page = renderPage(fs.readFileSync(path.join(webDirectory, 'index.html'), 'utf8'), pageConfig(options.config), bundleUrl);
    const pageScript = fs.readFileSync(path.join(webDirectory, 'widget.js'));
    const pageStyle = fs.readFileSync(path.join(webDirectory, 'widget.css'));
    const compressedBundle = lazyGzip(bundle.file);

    server.get('/', (req: Request, res: Response, next: () => void) => {
        sendBytes(res, 200, Buffer.from(page), 'text/html; charset=utf-8', { ...PAGE_HEADERS, 'Cache-Control': 'no-cache' });
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
    server.get(bundleUrl, async (req: Request, res: Response) => {
        const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const headers = { 'Cache-Control': 'public, max-age=31536000, immutable', Vary: 'Accept-Encoding' };
        try {
            if (acceptsGzip) {
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
    for (const language of availableLanguages()) {
        const widget = loadTranslations(language).widget;
        if (typeof widget === 'object' && widget !== null) {
            strings[language] = Object.fromEntries(
                Object.entries(widget).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
            );
        }
    }
    return {
        orgName: config.ORG_NAME,
        accentColor: config.WIDGET_ACCENT_COLOR,
        defaultLocale: config.DEFAULT_LOCALE,
        tokenUrl: TOKEN_ENDPOINT_PATH,
        directLinePath: DIRECT_LINE_BASE_PATH,
        strings,
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
        .replace('%%TITLE%%', () => escapeHtml(title));
}


/** Reads and compresses the bundle on first use and keeps both forms in memory. */
function lazyGzip(file: string): { plain(): Promise<Buffer>; gzipped(): Promise<Buffer> } {
    let plain: Promise<Buffer> | undefined;
    let gzipped: Promise<Buffer> | undefined;
    // A failure is not cached: the next request tries again.
    const readPlain = () =>
        (plain ??= fs.promises.readFile(file).catch((error: unknown) => {
            plain = undefined;
            throw error;
        }));
    const compress = () =>
        (gzipped ??= readPlain()
            .then((bytes) => gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }))
            .catch((error: unknown) => {
                gzipped = undefined;
                throw error;
            }));
    return { plain: readPlain, gzipped: compress };
}

function sendBytes(res: Response, status: number, body: Buffer, contentType: string, headers: Record<string, string>): void {
    res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': body.length, ...headers });
    res.end(body);
}
