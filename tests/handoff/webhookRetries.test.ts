import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookDispatcher } from '../../services/handoff/webhookDispatcher';
import { HandoffWebhookRepository } from '../../store/handoffWebhookRepository';
import { ManualClock } from '../services/accounts/accountTestKit';
import { createTestStore, type TestStore } from '../support/testStore';

/**
 * The signed webhook's retries against a real local receiver: deliveries that fail (a 500, then no answer at all) are
 * sent again after the backoff, the same event with the same id and a valid signature each time, until accepted; a
 * receiver that never accepts is given up after the eighth try. The receiver's check is written here from the
 * README alone, so the test holds the dispatcher to what the README promises a help-desk system.
 */
const SECRET = 'a-webhook-secret-of-some-length';

/** What a receiver does, from the README: v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>">, refuse >5 minutes off. */
function receiverAccepts(headers: http.IncomingHttpHeaders, rawBody: string, receiverNow: Date): boolean {
    const timestamp = headers['x-sendero-timestamp'];
    const signature = headers['x-sendero-signature'];
    if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^\d+$/.test(timestamp)) return false;
    if (Math.abs(receiverNow.getTime() / 1000 - Number(timestamp)) > 5 * 60) return false;
    const expected = Buffer.from(`v1=${crypto.createHmac('sha256', SECRET).update(`${timestamp}.${rawBody}`).digest('hex')}`);
    const given = Buffer.from(signature);
    return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

interface Received {
    headers: http.IncomingHttpHeaders;
    body: string;
}

/** A receiver whose answer to the n-th request (0-based) is chosen by `answer`: a status, or 'hang' (never answers). */
async function startReceiver(answer: (index: number) => number | 'hang'): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
    const received: Received[] = [];
    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
            const reply = answer(received.length);
            received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
            if (reply === 'hang') return;
            res.statusCode = reply;
            res.end();
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
        received,
        close: () => {
            server.closeAllConnections();
            return new Promise((resolve) => server.close(() => resolve()));
        },
    };
}

let store: TestStore;
beforeAll(async () => {
    store = await createTestStore();
});
afterAll(async () => store?.dispose());

/**
 * How long a try waits for the receiver. Long enough that a try always reaches this local receiver on a busy machine
 * (at 300 ms one in a full run timed out before its request arrived, so the receiver counted 7 of 8 tries); the one
 * receiver that hangs costs this once.
 */
const TRY_TIMEOUT_MS = 2000;

function dispatcherFor(url: string, clock: ManualClock): WebhookDispatcher {
    return new WebhookDispatcher({ repository: new HandoffWebhookRepository(store.client), url, secret: SECRET, now: clock.now, timeoutMs: TRY_TIMEOUT_MS, onError: (error) => { throw error; } });
}

async function deliveryRow(ticketId: string) {
    return store.client.handoffWebhookDelivery.findFirstOrThrow({ where: { ticketId } });
}

test('a 500, then no answer, then success: the same event with the same id, signed each time, after the backoff', async () => {
    const receiver = await startReceiver((index) => (index === 0 ? 500 : index === 1 ? 'hang' : 200));
    const clock = new ManualClock();
    const dispatcher = dispatcherFor(receiver.url, clock);
    try {
        await dispatcher.publish('ticket.created', 'ticket-retried', { reason: 'asked' });
        expect(await dispatcher.drain()).toBe(0);
        expect(receiver.received).toHaveLength(1);
        expect(await deliveryRow('ticket-retried')).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 500 });

        // Not due before its backoff (10 s after the first failure).
        clock.advanceSeconds(9);
        expect(await dispatcher.drain()).toBe(0);
        expect(receiver.received).toHaveLength(1);
        clock.advanceSeconds(1);
        expect(await dispatcher.drain()).toBe(0);
        expect(receiver.received).toHaveLength(2);
        expect(await deliveryRow('ticket-retried')).toMatchObject({ status: 'pending', attempts: 2, lastStatus: null });

        // Twice the wait after the second failure (20 s).
        clock.advanceSeconds(19);
        expect(await dispatcher.drain()).toBe(0);
        clock.advanceSeconds(1);
        expect(await dispatcher.drain()).toBe(1);
        expect(receiver.received).toHaveLength(3);
        expect(await deliveryRow('ticket-retried')).toMatchObject({ status: 'delivered', attempts: 3, lastStatus: 200 });

        const bodies = receiver.received.map((hook) => hook.body);
        expect(new Set(bodies).size).toBe(1);
        expect(JSON.parse(bodies[0])).toMatchObject({ id: expect.any(String), event: 'ticket.created', ticketId: 'ticket-retried', data: { reason: 'asked' } });
        // Each try is signed when it is sent, so every one is valid at the moment it arrives.
        const stamps = receiver.received.map((hook) => Number(hook.headers['x-sendero-timestamp']));
        expect(stamps[1] - stamps[0]).toBe(10);
        expect(stamps[2] - stamps[1]).toBe(20);
        for (const hook of receiver.received) expect(receiverAccepts(hook.headers, hook.body, new Date(Number(hook.headers['x-sendero-timestamp']) * 1000))).toBe(true);
        // Nothing is left to send.
        clock.advanceSeconds(3600);
        expect(await dispatcher.drain()).toBe(0);
        expect(receiver.received).toHaveLength(3);
    } finally {
        await receiver.close();
    }
});

test('a receiver that never accepts is tried eight times with growing waits, then given up', async () => {
    const receiver = await startReceiver(() => 503);
    const clock = new ManualClock();
    const dispatcher = dispatcherFor(receiver.url, clock);
    try {
        await dispatcher.publish('ticket.closed', 'ticket-given-up', { by: 'agent' });
        for (let round = 0; round < 12; round++) {
            await dispatcher.drain();
            clock.advanceSeconds(3600);
        }
        expect(receiver.received).toHaveLength(8);
        expect(await deliveryRow('ticket-given-up')).toMatchObject({ status: 'failed', attempts: 8, lastStatus: 503 });
        const stamps = receiver.received.map((hook) => Number(hook.headers['x-sendero-timestamp']));
        const waits = stamps.slice(1).map((stamp, index) => stamp - stamps[index]);
        // Every wait is at least the backoff (10 s, doubling), so later tries never come sooner than earlier ones.
        waits.forEach((wait, index) => expect(wait).toBeGreaterThanOrEqual(Math.min(3600, 10 * 2 ** index)));
    } finally {
        await receiver.close();
    }
});

test('a captured delivery replayed later, or altered, is refused by the README receiver', async () => {
    const receiver = await startReceiver(() => 200);
    const clock = new ManualClock();
    const dispatcher = dispatcherFor(receiver.url, clock);
    try {
        await dispatcher.publish('ticket.accepted', 'ticket-replayed', { agentName: 'Ana' });
        expect(await dispatcher.drain()).toBe(1);
        const [hook] = receiver.received;
        const sentAt = new Date(Number(hook.headers['x-sendero-timestamp']) * 1000);
        expect(receiverAccepts(hook.headers, hook.body, sentAt)).toBe(true);
        expect(receiverAccepts(hook.headers, hook.body, new Date(sentAt.getTime() + 4 * 60 * 1000))).toBe(true);
        // The same bytes and headers sent again six minutes later: refused.
        expect(receiverAccepts(hook.headers, hook.body, new Date(sentAt.getTime() + 6 * 60 * 1000))).toBe(false);
        // A fresh timestamp on the old signature, or a changed body: refused.
        const later = new Date(sentAt.getTime() + 6 * 60 * 1000);
        expect(receiverAccepts({ ...hook.headers, 'x-sendero-timestamp': String(Math.floor(later.getTime() / 1000)) }, hook.body, later)).toBe(false);
        expect(receiverAccepts(hook.headers, hook.body.replace('Ana', 'Eve'), sentAt)).toBe(false);
    } finally {
        await receiver.close();
    }
});
