import type restify from 'restify';
import { z } from 'zod';
import { OutboxRepository } from '../store/outboxRepository';
import type { StoreClient } from '../store/storeClient';
import { notificationRouting } from '../services/notifications/createNotifier';
import { isDevOutboxEnabled, type NotificationConfig } from '../services/notifications/notificationConfig';
import type { NotificationChannel } from '../services/notifications/notifier';
import { listOutboxMessages } from '../services/notifications/outboxQueries';
import { isLocalDirectRequest } from './localDevelopmentRequest';
import { renderOutboxPage } from './renderOutboxPage';

export interface DevOutboxRouteDeps {
    store: StoreClient;
    config: NotificationConfig & { NODE_ENV: string };
}

const outboxQuerySchema = z.object({
    to: z.string().trim().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * The channels whose messages the dev pages may show: those without a real sender, and none unless NODE_ENV is
 * development and DEV_OUTBOX is not false; anywhere else the outbox would be a list of other people's codes.
 */
export function devOutboxChannels(config: DevOutboxRouteDeps['config']): NotificationChannel[] {
    if (!isDevOutboxEnabled(config)) return [];
    const routing = notificationRouting(config);
    return (['email', 'sms'] as const).filter((channel) => routing[channel] === 'outbox');
}

/**
 * GET /dev/outbox (HTML) and GET /dev/outbox.json (`?to=` exact recipient, `?limit=` 1–500, default 100): the
 * messages the outbox notifier wrote, newest first. Both answer 404 unless devOutboxChannels allows a channel, the
 * request comes from this machine, and no proxy forwarded it.
 */
export function registerDevOutboxRoutes(server: restify.Server, deps: DevOutboxRouteDeps): void {
    const channels = devOutboxChannels(deps.config);
    const outbox = new OutboxRepository(deps.store);

    server.get('/dev/outbox', async (req, res) => {
        const query = readQuery(req, res, channels);
        if (!query) return;
        const entries = await listOutboxMessages(outbox, { channels, ...query });
        const html = renderOutboxPage(entries);
        res.sendRaw(200, html, {
            'Content-Type': 'text/html; charset=utf-8',
            'Cache-Control': 'no-store',
            // Message text is escaped already; the policy is a second line of defence against markup in a body.
            'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        });
    });

    server.get('/dev/outbox.json', async (req, res) => {
        const query = readQuery(req, res, channels);
        if (!query) return;
        const entries = await listOutboxMessages(outbox, { channels, ...query });
        res.header('Cache-Control', 'no-store');
        res.json(200, entries.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() })));
    });
}

/** The validated query, or undefined after answering 404 (disabled) or 400 (bad parameters). */
function readQuery(
    req: restify.Request,
    res: restify.Response,
    channels: NotificationChannel[],
): z.infer<typeof outboxQuerySchema> | undefined {
    // Development only, and only from this machine: the outbox holds live codes. A reverse proxy on this machine
    // connects from loopback for anyone, so any sign of one hides the outbox.
    if (channels.length === 0 || !isLocalDirectRequest(req)) {
        res.json(404, { code: 'ResourceNotFound', message: `${req.path()} does not exist` });
        return undefined;
    }
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const rawTo = params.get('to') ?? undefined;
    const parsed = outboxQuerySchema.safeParse({
        // An unencoded "+" in a query string decodes as a space, so "?to=+1555…" would never match a phone number.
        to: rawTo?.replace(/^ (?=\d)/, '+'),
        limit: params.get('limit') ?? undefined,
    });
    if (!parsed.success) {
        res.json(400, { code: 'BadRequest', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
        return undefined;
    }
    return parsed.data;
}
