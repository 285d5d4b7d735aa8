/**
 * `npm run chat [-- <server url>]`: talk to a running Sendero from a terminal, over the same Direct Line endpoint
 * the web page uses. The server is http://localhost:3978 unless given as the first argument or in SENDERO_URL;
 * the language follows SENDERO_LOCALE or LANG (any supported language, as the widget's) until the bot switches it.
 *
 * Bot buttons (suggested actions, hero-card buttons) are listed with numbers: type the number to choose one.
 * Type /quit (or press Ctrl+D) to leave.
 */
import readline from 'node:readline';
import type { Activity, Attachment, CardAction } from 'botbuilder';
import { LANGUAGE_CHANGED_EVENT } from '../conversation/eventNames';
import { availableLanguages, loadTranslations, matchLanguage } from '../locales';

const POLL_INTERVAL_MS = 1000;
const HERO_CARD = 'application/vnd.microsoft.card.hero';
const THUMBNAIL_CARD = 'application/vnd.microsoft.card.thumbnail';
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

class HttpError extends Error {
    constructor(readonly status: number) {
        super(`HTTP ${status}`);
        this.name = 'HttpError';
    }
}

/** The locale the widget sends for each language (web/widget.js WEB_CHAT_LOCALES): the client speaks as the page does. */
const PAGE_LOCALES: Readonly<Record<string, string>> = { en: 'en-US', es: 'es-US', zh: 'zh-CN', vi: 'vi-VN', tl: 'tl-PH', ar: 'ar-SA', fr: 'fr-FR', ko: 'ko-KR' };

function pageLocale(language: string | undefined): string {
    const base = matchLanguage(language?.replace(/^fil/i, 'tl'), availableLanguages());
    return (base && PAGE_LOCALES[base]) || 'en-US';
}

/** The page's own UI strings (locales/<lang>/translation.json → widget), reused so both clients say the same. */
function uiText(locale: string, key: string): string {
    const widget = loadTranslations(locale.slice(0, 2)).widget as Record<string, string> | undefined;
    return widget?.[key] ?? key;
}

/** A Direct Line 3.0 conversation seen from the client side: token, conversation, watermark. */
class DirectLineSession {
    private token = '';
    private userId = '';
    private watermark = '';
    conversationId = '';

    constructor(private readonly baseUrl: string) {}

    async start(locale: string): Promise<void> {
        const opened = await this.request<{ token: string; conversationId: string; userId: string }>('/api/directline/token', {
            method: 'POST',
            body: { locale },
        });
        this.token = opened.token;
        this.userId = opened.userId;
        this.conversationId = opened.conversationId;
        await this.request('/v3/directline/conversations', { method: 'POST' });
    }

    async refreshToken(): Promise<void> {
        const refreshed = await this.request<{ token: string }>('/v3/directline/tokens/refresh', { method: 'POST' });
        this.token = refreshed.token;
    }

    async send(activity: Partial<Activity>): Promise<void> {
        await this.request(`/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities`, {
            method: 'POST',
            body: { ...activity, from: { id: this.userId, role: 'user' } },
        });
    }

    /** Activities since the last poll, without the user's own echoes. */
    async poll(): Promise<Partial<Activity>[]> {
        const set = await this.request<{ activities: Partial<Activity>[]; watermark: string }>(
            `/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities?watermark=${this.watermark}`,
        );
        this.watermark = set.watermark;
        return set.activities.filter((activity) => activity.from?.id !== this.userId);
    }

    private async request<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
        const headers: Record<string, string> = {};
        if (this.token) headers.Authorization = `Bearer ${this.token}`;
        if (init.body !== undefined) headers['Content-Type'] = 'application/json';
        const response = await fetch(this.baseUrl + path, {
            method: init.method ?? 'GET',
            headers,
            body: init.body === undefined ? undefined : JSON.stringify(init.body),
        });
        if (!response.ok) throw new HttpError(response.status);
        return (await response.json()) as T;
    }
}

/** Renders bot activities as terminal lines and remembers the numbered choices they offered. */
class TranscriptPrinter {
    choices: CardAction[] = [];

    render(activity: Partial<Activity>): string[] {
        if (activity.type !== 'message') return [];
        const lines: string[] = [];
        if (activity.text) lines.push(activity.text);
        const actions: CardAction[] = [];
        for (const attachment of activity.attachments ?? []) {
            const card = describeAttachment(attachment);
            lines.push(...card.lines);
            actions.push(...card.actions);
        }
        actions.push(...(activity.suggestedActions?.actions ?? []));
        if (actions.length > 0) {
            this.choices = actions;
            actions.forEach((action, index) => lines.push(`  ${index + 1}. ${action.title ?? String(action.value ?? '')}`));
        }
        return lines;
    }

    /** The activity a typed line stands for: a listed number picks that choice, anything else is plain text. */
    activityFor(line: string, locale: string): Partial<Activity> | { openUrl: string } {
        const picked = /^\d+$/.test(line) ? this.choices[Number(line) - 1] : undefined;
        if (!picked) return { type: 'message', text: line, locale };
        if (picked.type === 'openUrl') return { openUrl: String(picked.value) };
        if (picked.type === 'messageBack') {
            return { type: 'message', text: picked.text, value: picked.value, locale, channelData: { messageBack: { displayText: picked.displayText } } };
        }
        // imBack and postBack both send their value as the message text.
        return { type: 'message', text: typeof picked.value === 'string' ? picked.value : picked.title, locale };
    }
}

function describeAttachment(attachment: Attachment): { lines: string[]; actions: CardAction[] } {
    const content = (attachment.content ?? {}) as {
        title?: string;
        subtitle?: string;
        text?: string;
        buttons?: CardAction[];
        body?: { type?: string; text?: string }[];
    };
    if (attachment.contentType === HERO_CARD || attachment.contentType === THUMBNAIL_CARD) {
        const lines = [content.title, content.subtitle, content.text].filter((line): line is string => Boolean(line));
        return { lines, actions: content.buttons ?? [] };
    }
    if (attachment.contentType === ADAPTIVE_CARD) {
        const lines = (content.body ?? []).filter((item) => item.type === 'TextBlock' && item.text).map((item) => String(item.text));
        return { lines, actions: [] };
    }
    return { lines: [`[${attachment.name ?? attachment.contentType}]`], actions: [] };
}

async function main(): Promise<void> {
    const baseUrl = (process.argv[2] ?? process.env.SENDERO_URL ?? 'http://localhost:3978').replace(/\/+$/, '');
    let locale = pageLocale(process.env.SENDERO_LOCALE ?? process.env.LANG);
    const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
    const session = new DirectLineSession(baseUrl);
    const printer = new TranscriptPrinter();

    process.stdout.write(`${uiText(locale, 'connecting')} (${baseUrl})\n`);
    try {
        await session.start(locale);
    } catch (error) {
        process.stderr.write(`${uiText(locale, 'unavailable')}\n(${baseUrl}: ${(error as Error).message})\n`);
        process.exit(1);
    }

    // Created only now, so piped input is not read (and lost) while the conversation is being opened.
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
    rl.setPrompt('> ');
    const print = (lines: string[]) => {
        if (lines.length === 0) return;
        if (interactive) {
            readline.clearLine(process.stdout, 0);
            readline.cursorTo(process.stdout, 0);
        }
        process.stdout.write(`${lines.join('\n')}\n`);
        if (interactive) rl.prompt(true);
    };

    let connectionLost = false;
    const pollOnce = async () => {
        try {
            for (const activity of await session.poll()) {
                if (activity.type === 'event' && activity.name === LANGUAGE_CHANGED_EVENT && typeof activity.value === 'string') {
                    locale = pageLocale(activity.value);
                }
                print(printer.render(activity));
            }
            if (connectionLost) connectionLost = false;
        } catch (error) {
            if (error instanceof HttpError && (error.status === 403 || error.status === 404)) {
                process.stderr.write(`${uiText(locale, 'unavailable')} (HTTP ${error.status})\n`);
                process.exit(1);
            }
            if (!connectionLost) print([uiText(locale, 'reconnecting')]);
            connectionLost = true;
        }
    };

    // One request at a time, in order: polls and the lines the user typed share this chain.
    let queue: Promise<void> = pollOnce();
    const enqueue = (work: () => Promise<void>) => {
        queue = queue.then(work);
        return queue;
    };
    const poller = setInterval(() => void enqueue(pollOnce), POLL_INTERVAL_MS);
    // A failed refresh needs no handling of its own: the old token keeps working until it expires, and a poll that
    // is refused after that reports it.
    const refresher = setInterval(() => void enqueue(() => session.refreshToken().catch(() => print([uiText(locale, 'reconnecting')]))), 15 * 60 * 1000);

    rl.on('line', (input) => {
        const line = input.trim();
        if (line === '/quit') {
            rl.close();
            return;
        }
        if (!line) {
            if (interactive) rl.prompt();
            return;
        }
        void enqueue(async () => {
            const next = printer.activityFor(line, locale);
            if ('openUrl' in next) {
                print([next.openUrl]);
                return;
            }
            try {
                await session.send(next);
            } catch (error) {
                print([`${uiText(locale, 'unavailable')} (${(error as Error).message})`]);
            }
            await pollOnce();
        });
    });
    rl.on('close', () => {
        // Piped input: let the last lines be answered before leaving.
        void enqueue(async () => {
            clearInterval(poller);
            clearInterval(refresher);
            process.stdout.write('\n');
            process.exit(0);
        });
    });
    if (interactive) rl.prompt();
}

void main();
