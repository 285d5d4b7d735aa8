import restify, { type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import { inboundActivityProblem } from './inboundActivity';
import type { Logger } from './logger';

export interface ServerDeps {
    adapter: CloudAdapter;
    bot: { run(context: import('botbuilder').TurnContext): Promise<void> };
    isReady: () => Promise<boolean>;
    logger: Logger;
}

/** Largest request body accepted; a chat message is far smaller, and bigger bodies are refused with 413. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The HTTP server: Bot Framework messages, health and readiness. Other routes are added by their channels. */
export function createServer(deps: ServerDeps): Server {
    const server = restify.createServer({ name: 'sendero', handleUncaughtExceptions: false });
    server.use(restify.plugins.queryParser({ mapParams: false }));
    server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));

    server.post('/api/messages', async (req, res) => {
        const problem = inboundActivityProblem(req.body);
        if (problem) {
            res.json(400, { error: { code: 'BadActivity', message: problem } });
            return;
        }
        await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    });

    server.get('/healthz', async (_req, res) => {
        res.json(200, { status: 'ok' });
    });

    server.get('/readyz', async (_req, res) => {
        const ready = await deps.isReady();
        res.json(ready ? 200 : 503, { status: ready ? 'ready' : 'database unreachable' });
    });

    // Any answer of 500 or more is a bug or an outage: log it (path only; bodies may hold personal data).
    server.on('after', (req: restify.Request, res: restify.Response, _route: unknown, error: unknown) => {
        if (res.statusCode >= 500) deps.logger.error({ event: 'httpError', path: req.getPath(), status: res.statusCode, err: error }, 'request failed');
    });
    return server;
}
