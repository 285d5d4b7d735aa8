import crypto from 'node:crypto';
import type { HandoffWebhookRepository } from '../../store/handoffWebhookRepository';
import { RepeatingTask } from '../background/repeatingTask';
import type { Clock } from '../accounts/clock';
import type { TicketEventName, TicketEvents } from './ticketEvents';

export const SIGNATURE_HEADER = 'X-Sendero-Signature';
export const TIMESTAMP_HEADER = 'X-Sendero-Timestamp';
/** A receiver should refuse a delivery whose timestamp is further than this from its own clock (a replay). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
const MAX_ATTEMPTS = 8;
const CLAIM_SECONDS = 60;

/**
 * The signature a delivery carries: `v1=` + hex HMAC-SHA256, keyed with the shared secret, over
 * `<timestamp>.<raw body>`, so neither the body nor the timestamp can be changed without the secret.
 */
export function signWebhook(secret: string, timestamp: string, rawBody: string): string {
    return `v1=${crypto.createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex')}`;
}

/**
 * What a receiver does: recompute the signature over the raw body, compare in constant time, and refuse a timestamp
 * outside the tolerance (so a captured delivery cannot be replayed later).
 */
export function verifyWebhook(secret: string, headers: { signature?: string; timestamp?: string }, rawBody: string, now = new Date()): boolean {
    if (!headers.signature || !headers.timestamp || !/^\d+$/.test(headers.timestamp)) return false;
    if (Math.abs(now.getTime() / 1000 - Number(headers.timestamp)) > WEBHOOK_TOLERANCE_SECONDS) return false;
    const expected = Buffer.from(signWebhook(secret, headers.timestamp, rawBody));
    const given = Buffer.from(headers.signature);
    return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

export interface WebhookDispatcherDeps {
    repository: HandoffWebhookRepository;
    url: string;
    secret: string;
    now: Clock;
    timeoutMs?: number;
    onError: (error: unknown) => void;
    /** How often due deliveries are looked for (also across processes). */
    pollMs?: number;
}

/**
 * Ticket events as signed POSTs to HANDOFF_WEBHOOK_URL. Events are queued in the store first (so a restart loses none,
 * and any process may send them), then sent by a background loop; a failure is retried with exponential backoff
 * (10 s, 20 s, 40 s... up to an hour) and given up after MAX_ATTEMPTS.
 */
export class WebhookDispatcher implements TicketEvents {
    private readonly loop: RepeatingTask;

    constructor(private readonly deps: WebhookDispatcherDeps) {
        this.loop = new RepeatingTask(() => this.drain(), deps.pollMs ?? 2000, deps.onError);
    }

    async publish(event: TicketEventName, ticketId: string, data: Record<string, unknown>): Promise<void> {
        const now = this.deps.now();
        const id = crypto.randomUUID();
        const body = JSON.stringify({ id, event, ticketId, occurredAt: now.toISOString(), data });
        await this.deps.repository.enqueue({ id, ticketId, event, body, nextAttemptAt: now });
        this.loop.wake();
    }

    start(): void {
        this.loop.start();
    }

    stop(): Promise<void> {
        return this.loop.stop();
    }

    /** Sends every due delivery once; returns how many were delivered. */
    async drain(): Promise<number> {
        const now = this.deps.now();
        const due = await this.deps.repository.claimDue(now, new Date(now.getTime() + CLAIM_SECONDS * 1000), 20);
        let delivered = 0;
        for (const delivery of due) {
            const status = await this.post(delivery.body);
            if (status !== null && status >= 200 && status < 300) {
                await this.deps.repository.finish(delivery.id, 'delivered', status);
                delivered++;
            } else if (delivery.attempts >= MAX_ATTEMPTS) {
                await this.deps.repository.finish(delivery.id, 'failed', status);
            } else {
                const backoffSeconds = Math.min(3600, 10 * 2 ** (delivery.attempts - 1));
                await this.deps.repository.retryAt(delivery.id, new Date(this.deps.now().getTime() + backoffSeconds * 1000), status);
            }
        }
        return delivered;
    }

    /** The HTTP status, or null when the receiver could not be reached. */
    private async post(body: string): Promise<number | null> {
        const timestamp = String(Math.floor(this.deps.now().getTime() / 1000));
        try {
            const response = await fetch(this.deps.url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signWebhook(this.deps.secret, timestamp, body) },
                body,
                redirect: 'manual',
                signal: AbortSignal.timeout(this.deps.timeoutMs ?? 10000),
            });
            await response.arrayBuffer().catch(() => undefined);
            return response.status;
        } catch {
            return null;
        }
    }
}
