import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AgentAccounts } from '../../services/handoff/agentAccounts';
import { AgentSignInLocked, AgentSignInRefused, TicketUnavailable } from '../../services/handoff/handoffErrors';
import type { HandoffService, TicketRecord } from '../../services/handoff/handoffService';
import { clientAddress } from '../clientAddress';
import { isCrossSitePost } from '../crossSitePost';
import type { Logger } from '../logger';
import { escapeHtml } from '../escapeHtml';
import { pickLanguage } from '../passwordPageRoutes';
import { availableLanguages, createI18n, textDirection, type I18n } from '../../locales';

export interface AgentConsoleDeps {
    accounts: AgentAccounts;
    handoff: HandoffService;
    publicBaseUrl: string;
    trustedProxies: number;
    logger: Logger;
    now?: () => Date;
    /** The page's labels (handoff.console.*), in the language the agent's browser asks for; default: a new one. */
    i18n?: I18n;
    defaultLanguage?: string;
}

export const CSRF_HEADER = 'x-csrf-token';

/** The console talks to its own origin only; user text is put in the page with textContent, so no inline anything. */
const CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
].join('; ');

const signInSchema = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(1024), code: z.string().min(1).max(20) });
/**
 * How far back the page's reads reach besides the lines after the last one it has: a line written in the same moment
 * as another can commit after it with a lower id (PostgreSQL). The page shows each line once, in id order.
 */
const LATE_LINE_WINDOW_MS = 30_000;
const textSchema = z.object({ text: z.string().trim().min(1).max(4000) });
const closeSchema = z.object({ resolution: z.string().trim().min(1).max(2000) });

type SignedInAgent = NonNullable<Awaited<ReturnType<AgentAccounts['authenticate']>>>;

/**
 * The built-in agent console: GET /agent (the page) and its JSON API under /agent/api. Sign-in takes a password and
 * an authenticator code and sets an httpOnly, SameSite=Strict cookie (Secure, with the __Host- prefix, when the
 * public origin is https); every state change needs the session's CSRF token in X-CSRF-Token and a same-origin
 * request. The page polls for the queue and new lines: live across processes, because everything is in the store.
 */
export function registerAgentConsoleRoutes(server: Server, deps: AgentConsoleDeps): void {
    const secure = new URL(deps.publicBaseUrl).protocol === 'https:';
    const cookieName = secure ? '__Host-sendero_agent' : 'sendero_agent';
    const now = deps.now ?? (() => new Date());
    const assets = loadAssets();

    const sendAsset = (res: Response, body: Buffer, type: string, extra: Record<string, string> = {}) => {
        res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
        res.end(body);
    };
    const i18n = deps.i18n ?? createI18n(deps.defaultLanguage ?? 'en');
    const languages = availableLanguages();
    server.get('/agent', async (req: Request, res: Response) => {
        const language = pickLanguage(req, languages, deps.defaultLanguage ?? 'en');
        const page = Buffer.from(renderConsolePage(assets.page.toString('utf8'), language, i18n), 'utf8');
        sendAsset(res, page, 'text/html; charset=utf-8', { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Content-Language': language, Vary: 'Accept-Language' });
    });
    server.get('/agent/static/agent.js', async (_req: Request, res: Response) => sendAsset(res, assets.script, 'text/javascript; charset=utf-8'));
    server.get('/agent/static/agent.css', async (_req: Request, res: Response) => sendAsset(res, assets.style, 'text/css; charset=utf-8'));

    const sessionCookie = (value: string, maxAgeSeconds: number) =>
        serializeCookie(cookieName, value, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: maxAgeSeconds });

    /** The signed-in agent, or an answer of 401 (no session) / 403 (a state change without a valid CSRF token). */
    const signedIn = async (req: Request, res: Response, stateChange: boolean): Promise<SignedInAgent | undefined> => {
        res.setHeader('Cache-Control', 'no-store');
        const token = parseCookies(req.headers.cookie ?? '')[cookieName];
        const agent = await deps.accounts.authenticate(token);
        if (!agent) {
            res.json(401, { error: 'signInRequired' });
            return undefined;
        }
        if (stateChange) {
            const csrf = req.headers[CSRF_HEADER];
            if (isCrossSitePost(req, deps.publicBaseUrl) || !deps.accounts.csrfMatches(agent, typeof csrf === 'string' ? csrf : undefined)) {
                res.json(403, { error: 'csrfRefused' });
                return undefined;
            }
        }
        return agent;
    };

    server.post('/agent/api/sign-in', async (req: Request, res: Response) => {
        res.setHeader('Cache-Control', 'no-store');
        if (isCrossSitePost(req, deps.publicBaseUrl)) {
            res.json(403, { error: 'csrfRefused' });
            return;
        }
        const body = signInSchema.safeParse(req.body);
        if (!body.success) {
            res.json(400, { error: 'badRequest' });
            return;
        }
        try {
            const session = await deps.accounts.signIn({ ...body.data, clientAddress: clientAddress(req, deps.trustedProxies) });
            res.setHeader('Set-Cookie', sessionCookie(session.token, 12 * 3600));
            deps.logger.info({ event: 'agentSignedIn', agent: session.agent.id }, 'agent signed in');
            res.json(200, { agent: session.agent, csrfToken: session.csrfToken });
            return;
        } catch (error) {
            if (error instanceof AgentSignInLocked) {
                res.setHeader('Retry-After', String(error.retryAfterSeconds));
                res.json(429, { error: 'locked', retryAfterSeconds: error.retryAfterSeconds });
                return;
            }
            if (error instanceof AgentSignInRefused) {
                deps.logger.warn({ event: 'agentSignInRefused' }, 'agent sign-in refused');
                res.json(401, { error: 'signInRefused' });
                return;
            }
            throw error;
        }
    });

    server.get('/agent/api/session', async (req: Request, res: Response) => {
        const agent = await signedIn(req, res, false);
        if (!agent) return;
        res.json(200, { agent: { id: agent.id, username: agent.username, displayName: agent.displayName }, csrfToken: deps.accounts.csrfTokenFor(agent.tokenHash) });
    });

    server.post('/agent/api/sign-out', async (req: Request, res: Response) => {
        const agent = await signedIn(req, res, true);
        if (!agent) return;
        await deps.accounts.signOut(agent.tokenHash);
        res.setHeader('Set-Cookie', sessionCookie('', 0));
        res.json(200, { ok: true });
    });

    server.get('/agent/api/queue', async (req: Request, res: Response) => {
        const agent = await signedIn(req, res, false);
        if (!agent) return;
        const tickets = await deps.handoff.queue(agent.id);
        res.json(200, { tickets: tickets.map((ticket) => ticketView(ticket, agent.id, now())) });
    });

    server.get('/agent/api/tickets/:id', async (req: Request, res: Response) => {
        const agent = await signedIn(req, res, false);
        if (!agent) return;
        const after = Number((req.query as Record<string, unknown> | undefined)?.after ?? 0);
        await answering(res, async () => {
            const ticket = await deps.handoff.ticketForAgent(String(req.params.id), agent.id);
            const lines = await deps.handoff.lines(ticket.id, Number.isFinite(after) ? after : 0, new Date(now().getTime() - LATE_LINE_WINDOW_MS));
            return {
                ticket: { ...ticketView(ticket, agent.id, now()), summary: JSON.parse(ticket.summary) as unknown, resolution: ticket.resolution, rating: ticket.rating },
                lines: lines.map((line) => ({ id: line.id, kind: line.kind, author: line.author, text: line.text, at: (line.sentAt ?? line.createdAt).toISOString() })),
            };
        });
    });

    server.post('/agent/api/tickets/:id/accept', async (req: Request, res: Response) => {
        const agent = await signedIn(req, res, true);
        if (!agent) return;
        await answering(res, async () => ({ ticket: ticketView(await deps.handoff.accept(String(req.params.id), agent.id, agent.displayName), agent.id, now()) }));
    });

    // A reply reaches the user; a note stays on the ticket. Both are a line of text an agent writes on a ticket.
    const ticketLine = (write: (ticketId: string, agentId: string, text: string) => Promise<{ id: number }>) => async (req: Request, res: Response) => {
        const agent = await signedIn(req, res, true);
        if (!agent) return;
        const body = textSchema.safeParse(req.body);
        if (!body.success) {
            res.json(400, { error: 'badRequest' });
            return;
        }
        await answering(res, async () => ({ id: (await write(String(req.params.id), agent.id, body.data.text)).id }));
    };
    server.post('/agent/api/tickets/:id/messages', ticketLine((ticketId, agentId, text) => deps.handoff.reply(ticketId, agentId, text)));
    server.post('/agent/api/tickets/:id/notes', ticketLine((ticketId, agentId, text) => deps.handoff.note(ticketId, agentId, text)));

    server.post('/agent/api/tickets/:id/close', async (req: Request, res: Response) => {
        const agent = await signedIn(req, res, true);
        if (!agent) return;
        const body = closeSchema.safeParse(req.body);
        if (!body.success) {
            res.json(400, { error: 'badRequest' });
            return;
        }
        await answering(res, async () => {
            await deps.handoff.close(String(req.params.id), agent.id, body.data.resolution);
            return { ok: true };
        });
    });
}

/** Runs an API action; a ticket someone else took (or that ended) is 409, not a server error. */
async function answering(res: Response, action: () => Promise<unknown>): Promise<void> {
    try {
        res.json(200, await action());
    } catch (error) {
        if (error instanceof TicketUnavailable) {
            res.json(409, { error: 'ticketUnavailable' });
            return;
        }
        throw error;
    }
}

function ticketView(ticket: TicketRecord, agentId: string, now: Date) {
    return {
        id: ticket.id,
        status: ticket.status,
        mine: ticket.agentId === agentId,
        language: ticket.language,
        channelId: ticket.channelId,
        reason: ticket.reason,
        createdAt: ticket.createdAt.toISOString(),
        waitingSeconds: Math.max(0, Math.round(((ticket.acceptedAt ?? now).getTime() - ticket.createdAt.getTime()) / 1000)),
    };
}

/**
 * The console page in one language: {{name}} placeholders become handoff.console.name (HTML-escaped), and the whole
 * group is embedded as JSON (a data block, not a script) for the labels the page's script builds.
 */
function renderConsolePage(template: string, language: string, i18n: I18n): string {
    const t = i18n.getFixedT(language);
    const strings = t('handoff.console', { returnObjects: true }) as unknown as Record<string, unknown>;
    const json = JSON.stringify(strings).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
    return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
        if (name === 'lang') return escapeHtml(language);
        if (name === 'dir') return textDirection(language);
        if (name === 'strings') return json;
        return escapeHtml(t(`handoff.console.${name}`));
    });
}

function loadAssets(): { page: Buffer; script: Buffer; style: Buffer } {
    const candidates = [path.resolve(__dirname, '..', '..', 'web', 'agent'), path.resolve(__dirname, '..', '..', '..', 'web', 'agent')];
    const dir = candidates.find((candidate) => fs.existsSync(path.join(candidate, 'index.html')));
    if (!dir) throw new Error(`web/agent not found (looked in ${candidates.join(', ')})`);
    const read = (name: string) => fs.readFileSync(path.join(dir, name));
    return { page: read('index.html'), script: read('agent.js'), style: read('agent.css') };
}
