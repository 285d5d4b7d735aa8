import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Activity } from 'botbuilder';
import { WebSocket, WebSocketServer } from 'ws';
import { DirectLineConversationMissing, DirectLineRepository, type DirectLineHotPath, type StoredActivity } from '../../store/directLineRepository';
import type { StoreClient } from '../../store/storeClient';
import type { Logger } from '../logger';
import { waitAtMost } from '../waitAtMost';
import type { AuthorizedRequest, DirectLineConversations } from './directLineConversations';
import { DirectLineRequestError } from './directLineErrors';
import { bearerToken } from './directLineTokens';

/** `/v3/directline/conversations/{id}/stream`: where a client opens the Direct Line 3.0 WebSocket. */
const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/?#]+)\/stream$/;

/** Tells open streams that a conversation's history grew in this process. */
export class DirectLineActivityFeed {
    private readonly listeners = new Map<string, Set<() => void>>();

    /** Calls `listener` whenever an activity is added to (or replaced in) `conversationId`; returns the unsubscribe. */
    subscribe(conversationId: string, listener: () => void): () => void {
        let set = this.listeners.get(conversationId);
        if (!set) this.listeners.set(conversationId, (set = new Set()));
        set.add(listener);
        return () => {
            set.delete(listener);
            if (set.size === 0) this.listeners.delete(conversationId);
        };
    }

    changed(conversationId: string): void {
        for (const listener of this.listeners.get(conversationId) ?? []) listener();
    }
}

/**
 * The store's Direct Line repository, telling the feed after each append. Everything that reaches a web conversation
 * goes through appendActivity: the user's own message (DirectLineConversations.submit) and whatever the bot sends
 * (DirectLineAdapter.sendActivities: replies, notifications, agent messages relayed by ConversationDelivery).
 */
export class FeedingDirectLineRepository extends DirectLineRepository {
    constructor(
        db: StoreClient,
        private readonly feed: DirectLineActivityFeed,
        hotPath?: DirectLineHotPath,
    ) {
        super(db, hotPath);
    }

    override async appendActivity(
        conversationId: string,
        stamp: (activityId: string, sequence: number) => Partial<Activity>,
        now?: Date,
    ): Promise<StoredActivity> {
        const stored = await super.appendActivity(conversationId, stamp, now);
        this.feed.changed(conversationId);
        return stored;
    }
}

export interface DirectLineStreamingOptions {
    conversations: DirectLineConversations;
    feed: DirectLineActivityFeed;
    logger: Logger;
    /** The public origin; its scheme decides ws:// or wss:// in the stream URL. */
    publicBaseUrl: string;
    /** How often an open stream reads the store for activities another process wrote (ms). */
    storePollMs?: number;
    /** How often the server pings each socket, and re-checks its token (ms). A socket that missed a pong is closed. */
    keepaliveMs?: number;
    /** Most streams one conversation may hold open; a further one closes the oldest (tabs left open). */
    maxStreamsPerConversation?: number;
}

/** How long a shutdown waits for clients to answer its close frames before it cuts their sockets. */
const CLOSE_ANSWER_PATIENCE_MS = 1000;

/** WebSocket close codes this server uses (4000–4999 are the application's). */
export const STREAM_CLOSE = { tokenExpired: 4001, replaced: 4002, conversationGone: 4004, shuttingDown: 1001 } as const;

interface OpenStream {
    socket: WebSocket;
    request: AuthorizedRequest;
    watermark: string;
    alive: boolean;
    pumping: boolean;
    again: boolean;
    unsubscribe: () => void;
    timers: NodeJS.Timeout[];
}

/**
 * Direct Line 3.0 streaming: after `POST /conversations` or a reconnect, the client opens `streamUrl` and the server
 * pushes `{ activities, watermark }` sets as soon as the history grows, instead of waiting for the client's next poll.
 * The token (query `t`, or an Authorization header) is checked on the upgrade exactly as on every HTTP call: a bad,
 * expired or other conversation's token gets an HTTP error and no socket. Activities written by this process arrive
 * through the feed at once; a short store poll per socket catches those written by another process.
 */
export class DirectLineStreaming {
    private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096, perMessageDeflate: false });
    private readonly streams = new Set<OpenStream>();
    private readonly storePollMs: number;
    private readonly keepaliveMs: number;
    private readonly maxStreams: number;
    private readonly secure: boolean;
    private closing = false;

    constructor(private readonly options: DirectLineStreamingOptions) {
        this.storePollMs = options.storePollMs ?? 1000;
        this.keepaliveMs = options.keepaliveMs ?? 30000;
        this.maxStreams = options.maxStreamsPerConversation ?? 8;
        this.secure = new URL(options.publicBaseUrl).protocol === 'https:';
    }

    /**
     * The URL the client opens for this conversation: the origin the client used (its Host header), the token and the
     * watermark to continue from (empty = the whole history).
     */
    streamUrl(host: string | undefined, conversationId: string, token: string, watermark: unknown): string {
        const origin = host && /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? `${this.secure ? 'wss' : 'ws'}://${host}` : this.options.publicBaseUrl.replace(/^http/, 'ws');
        const query = new URLSearchParams({ t: token });
        if (typeof watermark === 'string' && /^\d{1,9}$/.test(watermark)) query.set('watermark', watermark);
        return `${origin}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream?${query.toString()}`;
    }

    /** Handles upgrades on `server`; anything but a stream path is answered 404 and closed. */
    attach(server: HttpServer): void {
        server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
            this.upgrade(req, socket, head).catch((error: unknown) => {
                this.options.logger.error({ event: 'streamUpgradeFailed', errorName: (error as Error)?.name }, 'a stream upgrade failed');
                refuse(socket, 500, 'ServiceError');
            });
        });
    }

    /** How many streams are open (all conversations). */
    get openCount(): number {
        return this.streams.size;
    }

    /** Closes every stream (shutdown): clients reconnect, to this process's successor. */
    async close(): Promise<void> {
        this.closing = true;
        const sockets = [...this.streams].map((stream) => {
            this.end(stream, STREAM_CLOSE.shuttingDown, 'server shutting down');
            return stream.socket;
        });
        // A client that never answers the close frame (a phone that lost its signal) would keep its socket, and this
        // process, for ws's 30-second close timeout: a moment for the answers, then the rest are cut.
        const answered = sockets.map((socket) => (socket.readyState === WebSocket.CLOSED ? undefined : new Promise((resolve) => socket.once('close', resolve))));
        await waitAtMost(Promise.all(answered), CLOSE_ANSWER_PATIENCE_MS);
        for (const socket of sockets) if (socket.readyState !== WebSocket.CLOSED) socket.terminate();
        await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    }

    private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const match = STREAM_PATH.exec(url.pathname);
        if (!match || this.closing) {
            refuse(socket, match ? 503 : 404, match ? 'ServiceUnavailable' : 'NotFound');
            return;
        }
        let conversationId: string;
        try {
            conversationId = decodeURIComponent(match[1]);
        } catch {
            refuse(socket, 400, 'BadArgument');
            return;
        }
        const token = url.searchParams.get('t') ?? bearerToken(req.headers.authorization);
        let request: AuthorizedRequest;
        try {
            request = await this.options.conversations.authorize(token ?? undefined, conversationId);
        } catch (error) {
            if (error instanceof DirectLineRequestError) return refuse(socket, error.status, error.code);
            if (error instanceof DirectLineConversationMissing) return refuse(socket, 404, 'BadArgument');
            throw error;
        }
        const watermark = url.searchParams.get('watermark') ?? '';
        this.wss.handleUpgrade(req, socket, head, (ws) => this.open(ws, request, /^\d{1,9}$/.test(watermark) ? watermark : ''));
    }

    private open(socket: WebSocket, request: AuthorizedRequest, watermark: string): void {
        const conversationId = request.conversation.id;
        const stream: OpenStream = { socket, request, watermark, alive: true, pumping: false, again: false, unsubscribe: () => undefined, timers: [] };
        const siblings = [...this.streams].filter((other) => other.request.conversation.id === conversationId);
        if (siblings.length >= this.maxStreams) this.end(siblings[0], STREAM_CLOSE.replaced, 'too many streams');
        this.streams.add(stream);
        stream.unsubscribe = this.options.feed.subscribe(conversationId, () => this.pump(stream));
        socket.on('pong', () => (stream.alive = true));
        // Clients send empty messages as their own keepalive (directlinejs does every 20 s); nothing else is expected.
        socket.on('message', () => (stream.alive = true));
        socket.on('close', () => this.forget(stream));
        socket.on('error', () => this.forget(stream));
        stream.timers.push(setInterval(() => this.pump(stream), this.storePollMs));
        stream.timers.push(setInterval(() => void this.keepalive(stream), this.keepaliveMs));
        for (const timer of stream.timers) timer.unref();
        this.pump(stream);
    }

    /** Sends what is new since the stream's watermark; one read at a time per stream, repeated if more arrived. */
    private pump(stream: OpenStream): void {
        if (stream.pumping) {
            stream.again = true;
            return;
        }
        stream.pumping = true;
        stream.again = false;
        void (async () => {
            try {
                for (;;) {
                    if (stream.socket.readyState !== WebSocket.OPEN) return;
                    const set = await this.options.conversations.activitiesSince(stream.request, stream.watermark);
                    if (set.activities.length > 0 && stream.socket.readyState === WebSocket.OPEN) {
                        stream.socket.send(JSON.stringify(set));
                        stream.watermark = set.watermark;
                        continue;
                    }
                    if (!stream.again) return;
                    stream.again = false;
                }
            } catch (error) {
                if (error instanceof DirectLineConversationMissing) this.end(stream, STREAM_CLOSE.conversationGone, 'conversation ended');
                else this.options.logger.warn({ event: 'streamReadFailed', errorName: (error as Error)?.name }, 'a stream could not read history');
            } finally {
                stream.pumping = false;
            }
        })();
    }

    /** Pings the socket (a socket that did not answer the last ping is dead) and re-checks its token. */
    private async keepalive(stream: OpenStream): Promise<void> {
        if (!stream.alive) {
            stream.socket.terminate();
            this.forget(stream);
            return;
        }
        stream.alive = false;
        try {
            stream.socket.ping();
        } catch {
            // Closing already: the close handler forgets it.
        }
        try {
            await this.options.conversations.authorize(stream.request.token, stream.request.conversation.id);
        } catch (error) {
            // Refreshed and retired, or expired: the client reconnects (GET /conversations/{id}) with its newer token.
            const gone = error instanceof DirectLineConversationMissing || (error instanceof DirectLineRequestError && error.status === 404);
            if (gone) this.end(stream, STREAM_CLOSE.conversationGone, 'conversation ended');
            else if (error instanceof DirectLineRequestError) this.end(stream, STREAM_CLOSE.tokenExpired, 'token no longer valid');
        }
    }

    private end(stream: OpenStream, code: number, reason: string): void {
        this.forget(stream);
        if (stream.socket.readyState === WebSocket.OPEN || stream.socket.readyState === WebSocket.CONNECTING) stream.socket.close(code, reason);
    }

    private forget(stream: OpenStream): void {
        if (!this.streams.delete(stream)) return;
        stream.unsubscribe();
        for (const timer of stream.timers) clearInterval(timer);
    }
}

/** Answers an upgrade request with a plain HTTP error (Direct Line's error shape) and closes the socket. */
function refuse(socket: Duplex, status: number, code: string): void {
    if (!socket.writable) {
        socket.destroy();
        return;
    }
    const body = JSON.stringify({ error: { code, message: 'the stream could not be opened' } });
    const reason = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 503: 'Service Unavailable' }[status] ?? 'Error';
    socket.end(
        `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
}
