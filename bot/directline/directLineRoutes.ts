import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';
import { DirectLineConversationMissing } from '../../store/directLineRepository';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from '../jsonDepth';
import type { DirectLineConversations } from './directLineConversations';
import { attachmentsUnsupported, badRequest, bodyTooLarge, conversationNotFound, DirectLineRateLimited, DirectLineRequestError } from './directLineErrors';
import type { DirectLineLimits } from './directLineLimits';
import type { DirectLineStreaming } from './directLineStreaming';
import { bearerToken } from './directLineTokens';

/** Where the Direct Line 3.0 API lives; the page passes `location.origin + DIRECT_LINE_BASE_PATH` as the domain. */
export const DIRECT_LINE_BASE_PATH = '/v3/directline';
/** The page's (and the terminal client's) way in: no secret, a new conversation per call. */
export const TOKEN_ENDPOINT_PATH = '/api/directline/token';
/** Largest activity body accepted: far above any chat message, far below anything abusive. */
export const MAX_ACTIVITY_BYTES = 64 * 1024;

type Handler = (req: Request, res: Response) => Promise<void>;

/** restify's event names for the errors its body parser and router raise (error name without "Error"). */
const PRE_HANDLER_ERROR_EVENTS = ['InvalidContent', 'PayloadTooLarge', 'UnsupportedMediaType', 'BadDigest', 'NotFound', 'MethodNotAllowed'];

/**
 * Registers the token endpoint and the Direct Line 3.0 routes the Web Chat bundle and `npm run chat` use. `limits`
 * bounds new conversations and refreshes per client address.
 */
export function registerDirectLineRoutes(
    server: Server,
    conversations: DirectLineConversations,
    logger: Logger,
    limits?: DirectLineLimits,
    streaming?: DirectLineStreaming,
): void {
    // Direct Line 3.0's `streamUrl`: the WebSocket the client may open instead of polling (omitted without streaming).
    const streamUrl = (req: Request, conversationId: string, token: string, watermark?: unknown) =>
        streaming ? { streamUrl: streaming.streamUrl(req.headers.host, conversationId, token, watermark) } : {};
    const guarded = (handler: Handler) => async (req: Request, res: Response) => {
        res.setHeader('Cache-Control', 'no-store');
        try {
            await handler(req, res);
        } catch (error) {
            answerError(res, logger, error);
        }
    };

    // Errors raised before a handler runs (malformed JSON from the body parser, unknown route) get our error shape
    // too. Named error events, not the generic 'restifyError', so a server-wide listener stays free for the server.
    const reshape = (req: Request, _res: Response, err: RestifyHttpError, callback: () => void) => {
        const path = req.path();
        if (path.startsWith(DIRECT_LINE_BASE_PATH) || path === TOKEN_ENDPOINT_PATH) {
            const message = err.name === 'InvalidContentError' ? 'the request body is not valid JSON' : err.message;
            const code = typeof err.body?.code === 'string' ? err.body.code : err.name;
            err.toJSON = () => ({ error: { code, message } });
        }
        return callback();
    };
    for (const event of PRE_HANDLER_ERROR_EVENTS) server.on(event, reshape);

    server.post(
        TOKEN_ENDPOINT_PATH,
        guarded(async (req, res) => {
            const body = parseBody(req, true);
            const locale = isRecord(body) ? body.locale : undefined;
            await limits?.admitNewConversation(req);
            const opened = await conversations.open(locale);
            res.send(200, {
                token: opened.token,
                conversationId: opened.conversationId,
                userId: opened.userId,
                expires_in: opened.expiresIn,
            });
        }),
    );

    server.post(
        `${DIRECT_LINE_BASE_PATH}/conversations`,
        guarded(async (req, res) => {
            const request = await conversations.authorize(tokenOf(req));
            await conversations.start(request);
            res.send(201, {
                conversationId: request.conversation.id,
                token: request.token,
                expires_in: request.expiresIn,
                ...streamUrl(req, request.conversation.id, request.token),
            });
        }),
    );

    // Reconnect: directlinejs calls this when it is given a conversationId (page reload, server restart).
    server.get(
        `${DIRECT_LINE_BASE_PATH}/conversations/:conversationId`,
        guarded(async (req, res) => {
            const request = await conversations.authorize(tokenOf(req), pathConversation(req));
            await conversations.start(request);
            const query: Record<string, unknown> = isRecord(req.query) ? req.query : {};
            res.send(200, {
                conversationId: request.conversation.id,
                token: request.token,
                expires_in: request.expiresIn,
                ...streamUrl(req, request.conversation.id, request.token, query.watermark),
            });
        }),
    );

    server.get(
        `${DIRECT_LINE_BASE_PATH}/conversations/:conversationId/activities`,
        guarded(async (req, res) => {
            const request = await conversations.authorize(tokenOf(req), pathConversation(req));
            const query: Record<string, unknown> = isRecord(req.query) ? req.query : {};
            res.send(200, await conversations.activitiesSince(request, query.watermark));
        }),
    );

    server.post(
        `${DIRECT_LINE_BASE_PATH}/conversations/:conversationId/activities`,
        guarded(async (req, res) => {
            const request = await conversations.authorize(tokenOf(req), pathConversation(req));
            const body = parseBody(req, false);
            res.send(200, await conversations.submit(request, body));
        }),
    );

    server.post(
        `${DIRECT_LINE_BASE_PATH}/conversations/:conversationId/upload`,
        guarded(async (req) => {
            await conversations.authorize(tokenOf(req), pathConversation(req));
            throw attachmentsUnsupported();
        }),
    );

    server.post(
        `${DIRECT_LINE_BASE_PATH}/tokens/refresh`,
        guarded(async (req, res) => {
            const request = await conversations.authorize(tokenOf(req));
            await limits?.admitRefresh(req);
            const issued = await conversations.refresh(request);
            res.send(200, { conversationId: issued.conversationId, token: issued.token, expires_in: issued.expiresIn });
        }),
    );
}

/** The restify-errors fields this module reads or replaces. */
interface RestifyHttpError extends Error {
    body?: { code?: unknown };
    toJSON?: () => unknown;
}

function answerError(res: Response, logger: Logger, error: unknown): void {
    const refusal =
        error instanceof DirectLineRequestError
            ? error
            : error instanceof DirectLineConversationMissing
              ? conversationNotFound()
              : undefined;
    if (refusal) {
        if (refusal instanceof DirectLineRateLimited) res.setHeader('Retry-After', String(refusal.retryAfterSeconds));
        res.send(refusal.status, { error: { code: refusal.code, message: refusal.message } });
        return;
    }
    logger.error({ err: error }, 'direct line request failed');
    res.send(500, { error: { code: 'ServiceError', message: 'the chat service had a problem; please try again' } });
}

function tokenOf(req: Request): string | undefined {
    return bearerToken(req.headers.authorization);
}

function pathConversation(req: Request): string {
    const id: unknown = req.params?.conversationId;
    if (typeof id !== 'string' || id.length === 0) throw badRequest('missing conversation id');
    return id;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The JSON body, bounded by MAX_ACTIVITY_BYTES. The shared body parser has already parsed `application/json`;
 * a body sent with another content type arrives as text and is parsed here.
 */
function parseBody(req: Request, optional: boolean): unknown {
    const raw: unknown = (req as Request & { rawBody?: unknown }).rawBody ?? req.body;
    const size = Math.max(
        req.getContentLength() || 0,
        typeof raw === 'string' ? Buffer.byteLength(raw) : Buffer.isBuffer(raw) ? raw.length : 0,
    );
    if (size > MAX_ACTIVITY_BYTES) throw bodyTooLarge(MAX_ACTIVITY_BYTES);
    const body: unknown = req.body;
    if (body === undefined || body === null || body === '' || (Buffer.isBuffer(body) && body.length === 0)) {
        if (optional) return undefined;
        throw badRequest('the request has no body');
    }
    if (typeof body !== 'string' && !Buffer.isBuffer(body)) return body;
    if (jsonNestsDeeperThan(body.toString(), MAX_JSON_DEPTH)) throw badRequest(`the body is nested more than ${MAX_JSON_DEPTH} levels deep`);
    try {
        return JSON.parse(body.toString()) as unknown;
    } catch {
        throw badRequest('the request body is not valid JSON');
    }
}
