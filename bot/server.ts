import restify, { type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import { BotFrameworkTokenRefused, type AuthenticatedRequest, type SenderoCloudAdapter } from './channelAdapter';
import { inboundActivityProblem, toInboundActivity } from './inboundActivity';
import { refuseDeepJson } from './jsonDepth';
import { requestLogContext, type Logger } from './logger';
import { metricsAccess, type MetricsAccessPolicy } from './metrics';
import { securityHeaders } from './securityHeaders';

export interface ServerDeps {
    adapter: SenderoCloudAdapter;
    bot: { run(context: TurnContext): Promise<void> };
    /** true/false, or what each dependency said (the database, the case service's circuit breaker). */
    isReady: () => Promise<boolean | Readiness>;
    /** GET /metrics: who may read it, and the text to answer (absent: no /metrics route). */
    metrics?: { access: MetricsAccessPolicy; text(): Promise<{ contentType: string; body: string }> };
    logger: Logger;
    /** The origin users reach; https turns on Strict-Transport-Security. */
    publicBaseUrl: string;
}

/** Whether the instance should take traffic, and why not: `database` unreachable, `caseService` circuit open. */
export interface Readiness {
    ready: boolean;
    checks: Record<string, string>;
}

/** Largest request body accepted; a chat message is far smaller, and bigger bodies are refused with 413. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The one answer to a request whose token did not pass, whatever the reason (the reason is logged, not told). */
const UNAUTHORIZED = { error: { code: 'Unauthorized', message: 'the request is not authorized' } };

/** The HTTP server: Bot Framework messages, health and readiness. Other routes are added by their channels. */
export function createServer(deps: ServerDeps): Server {
    const server = restify.createServer({ name: 'sendero', handleUncaughtExceptions: false });
    server.pre(securityHeaders(deps.publicBaseUrl));
    // Every log line of a request carries its id (again after the body is read: see requestLogContext).
    server.pre(requestLogContext());
    server.use(restify.plugins.queryParser({ mapParams: false }));
    // Read the body, refuse absurd nesting before anything parses it, then parse by content type.
    const [readBody, parseBody] = restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false });
    server.use(readBody);
    server.use(refuseDeepJson);
    server.use(parseBody);
    server.use(requestLogContext());

    server.post('/api/messages', async (req, res) => {
        const { adapter, logger } = deps;
        const refuse = (reason: string) => {
            logger.warn({ event: 'botFrameworkRequestRefused', reason }, 'refused an /api/messages request');
            res.json(401, UNAUTHORIZED);
        };
        if (adapter.access === 'closed') return refuse('no Bot Framework credentials in production');
        const problem = inboundActivityProblem(req.body);
        if (problem) {
            res.json(400, { error: { code: 'BadActivity', message: problem } });
            return;
        }
        const activity = toInboundActivity(req.body as Record<string, unknown>);
        let authenticated: AuthenticatedRequest;
        try {
            authenticated = await adapter.authenticate(activity, req.headers.authorization);
        } catch (error) {
            return refuse(error instanceof BotFrameworkTokenRefused ? error.reason : 'unknown');
        }
        try {
            const invoke = await adapter.runAuthenticated(authenticated, activity, (context) => deps.bot.run(context));
            if (invoke?.body !== undefined) res.json(invoke.status, invoke.body);
            else res.send(invoke?.status ?? 200);
        } catch (error) {
            // Turn errors are answered by onTurnError; this is what escaped it. Its message may quote input or hosts.
            logger.error({ event: 'messagesFailed', errorName: (error as Error)?.name }, 'an /api/messages request failed');
            res.json(500, { error: { code: 'ServiceError', message: 'the request could not be processed' } });
        }
    });

    server.get('/healthz', async (_req, res) => {
        res.json(200, { status: 'ok' });
    });

    server.get('/readyz', async (_req, res) => {
        const answer = await deps.isReady();
        const readiness: Readiness = typeof answer === 'boolean' ? { ready: answer, checks: { database: answer ? 'ok' : 'unreachable' } } : answer;
        res.json(readiness.ready ? 200 : 503, readiness.ready ? { status: 'ready' } : { status: 'not ready', checks: readiness.checks });
    });

    // Prometheus: a bearer token (METRICS_TOKEN); outside production also open to this machine. See metricsAccess.
    const { metrics } = deps;
    if (metrics) {
        server.get('/metrics', async (req, res) => {
            const verdict = metricsAccess(metrics.access, { authorization: req.headers.authorization, remoteAddress: req.socket.remoteAddress });
            if (verdict === 404) {
                res.json(404, { error: { code: 'NotFound', message: 'not found' } });
                return;
            }
            if (verdict === 401) {
                res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
                res.json(401, UNAUTHORIZED);
                return;
            }
            const { contentType, body } = await metrics.text();
            res.setHeader('Content-Type', contentType);
            res.setHeader('Cache-Control', 'no-store');
            res.sendRaw(200, body);
        });
    }

    // Any answer of 500 or more is a bug or an outage: log it (path only; bodies may hold personal data).
    server.on('after', (req: restify.Request, res: restify.Response, _route: unknown, error: unknown) => {
        if (res.statusCode >= 500) deps.logger.error({ event: 'httpError', path: req.getPath(), status: res.statusCode, err: error }, 'request failed');
    });
    return server;
}
