import crypto from 'node:crypto';
import { metricsAccess, SenderoMetrics } from '../../bot/metrics';
import { SecretBox } from '../../services/accounts/secretBox';
import { RateLimiter } from '../../services/limits/rateLimiter';
import { QueuedNotifier } from '../../services/notifications/queuedNotifier';
import { NotificationQueueRepository } from '../../store/notificationQueueRepository';
import { RateLimitRepository } from '../../store/rateLimitRepository';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { FAKE_USCIS_RECEIPTS, startFakeUscisApi, type FakeUscisApi } from '../support/fakeUscisApi';
import { startTestApp, type TestApp } from '../support/testApp';
import { createTestStore } from '../support/testStore';

/**
 * GET /metrics on the real server: the counters move with real turns (turns, latency, the funnel, case-service
 * calls, help-desk tickets), notifications are counted by outcome and limit, and the endpoint is closed in
 * production to anyone without METRICS_TOKEN.
 */

/** One sample's value in the Prometheus text (0 when the series is absent): the first whose labels include these. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
    const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
    for (const line of text.split('\n')) {
        if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
        const labelText = /\{(.*)\}/.exec(line)?.[1] ?? '';
        const present = labelText === '' ? [] : labelText.split(/,(?=[a-zA-Z_]+=")/);
        if (wanted.every((pair) => present.includes(pair))) return Number(line.slice(line.lastIndexOf(' ') + 1));
    }
    return 0;
}

async function scrape(url: string, headers: Record<string, string> = {}): Promise<string> {
    const response = await fetch(`${url}/metrics`, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
}

describe('GET /metrics after real turns', () => {
    let app: TestApp;
    beforeAll(async () => {
        app = await startTestApp({ HELPDESK_SCHEDULE: 'Mon-Sun 00:00-24:00' });
    });
    afterAll(async () => app?.dispose());

    test('turns by channel and outcome, their latency, the funnel per flow and step, and case-service calls move', async () => {
        const before = await scrape(app.url);
        const chat = await DirectLineTestClient.open(app.url);
        await chat.botReplies();
        const replies = await chat.send('status of EAC9999103403');
        expect(replies.map(replyText).join('\n')).not.toBe('');
        const after = await scrape(app.url);

        const moved = (name: string, labels: Record<string, string> = {}) => sample(after, name, labels) - sample(before, name, labels);
        // The greeting (conversationUpdate) and the message.
        expect(moved('sendero_turns_total', { channel: 'directline', outcome: 'ok' })).toBe(2);
        expect(moved('sendero_turn_duration_seconds_count', { channel: 'directline' })).toBe(2);
        expect(moved('sendero_turn_duration_seconds_bucket', { channel: 'directline', le: '+Inf' })).toBe(2);
        expect(moved('sendero_flow_starts_total', { flow: 'checkStatusSteps' })).toBe(1);
        expect(moved('sendero_flow_steps_total', { flow: 'checkStatusSteps', step: 'answerStep' })).toBe(1);
        expect(moved('sendero_case_service_calls_total', { backend: 'sandbox', operation: 'getCase', result: 'ok' })).toBe(1);
        expect(sample(after, 'sendero_case_service_circuit_open')).toBe(0);
        // Default process metrics come along.
        expect(after).toContain('sendero_process_resident_memory_bytes');

        // Saying no to updates ends the offer: a completion.
        await chat.send('no');
        const later = await scrape(app.url);
        expect(sample(later, 'sendero_flow_completions_total', { flow: 'caseSubscriptionOfferSteps' }) - sample(before, 'sendero_flow_completions_total', { flow: 'caseSubscriptionOfferSteps' })).toBe(1);
    });

    test('a failed turn is counted as an error', async () => {
        const before = await scrape(app.url);
        const chat = await DirectLineTestClient.open(app.url);
        await chat.botReplies();
        // Damage the stored conversation state so the next turn cannot load it.
        const { default: Database } = await import('better-sqlite3');
        const db = new Database(app.databaseFile);
        const changed = db.prepare('UPDATE BotStateItem SET document = ? WHERE key LIKE ?').run('{not json', `%/conversations/${chat.conversationId}`);
        db.close();
        expect(changed.changes).toBe(1);
        await chat.send('help');
        const after = await scrape(app.url);
        expect(sample(after, 'sendero_turns_total', { channel: 'directline', outcome: 'error' }) - sample(before, 'sendero_turns_total', { channel: 'directline', outcome: 'error' })).toBe(1);
    });

    test('help-desk tickets opened and closed are counted', async () => {
        const before = await scrape(app.url);
        await app.helpDesk.agents.create({ username: 'metrics-agent', displayName: 'Ana', password: 'a long agent password 1' });
        const [agent] = await app.rows('HelpDeskAgent');
        const chat = await DirectLineTestClient.open(app.url);
        await chat.botReplies();
        await chat.send('talk to a person');
        const ticket = (await app.rows('HandoffTicket')).find((row) => String(row.conversationKey).includes(chat.conversationId));
        expect(ticket).toBeDefined();
        await app.helpDesk.handoff.accept(String(ticket!.id), String(agent.id), 'Ana');
        await app.helpDesk.handoff.close(String(ticket!.id), String(agent.id), 'answered');
        const after = await scrape(app.url);
        const moved = (event: string) => sample(after, 'sendero_handoff_tickets_total', { event }) - sample(before, 'sendero_handoff_tickets_total', { event });
        expect(moved('created')).toBe(1);
        expect(moved('accepted')).toBe(1);
        expect(moved('closed')).toBe(1);
    });

    test('help lines given to someone who may be in danger are counted by concern, and no log line names them', async () => {
        const before = await scrape(app.url);
        const chat = await DirectLineTestClient.open(app.url);
        await chat.botReplies();
        await chat.send('I want to kill myself');
        await chat.send('check my case status');
        await chat.send('my husband beats me');
        const after = await scrape(app.url);
        const moved = (concern: string) => sample(after, 'sendero_safety_answers_total', { concern }) - sample(before, 'sendero_safety_answers_total', { concern });
        expect(moved('selfHarm')).toBe(1);
        expect(moved('abuse')).toBe(1);
        expect(moved('trafficking')).toBe(0);
        // The count is the organisation's; which conversation needed the lines is no one's to read in a log.
        const ofThisChat = app.logs.filter((line) => JSON.stringify(line).includes(chat.conversationId));
        expect(ofThisChat.length).toBeGreaterThan(0);
        for (const line of ofThisChat) expect(JSON.stringify(line)).not.toMatch(/selfHarm|abuse|safety/);
    });

    test('/readyz is ready while the database answers and the sandbox has no breaker', async () => {
        const response = await fetch(`${app.url}/readyz`);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ status: 'ready' });
    });
});

describe('/readyz and the USCIS circuit breaker', () => {
    let uscis: FakeUscisApi;
    let app: TestApp;
    beforeAll(async () => {
        uscis = await startFakeUscisApi();
        app = await startTestApp({ CASE_SERVICE: 'uscis', USCIS_API_BASE_URL: uscis.baseUrl, USCIS_CLIENT_ID: uscis.clientId, USCIS_CLIENT_SECRET: uscis.clientSecret });
    });
    afterAll(async () => {
        await app?.dispose();
        await uscis?.close();
    });

    test('ready while USCIS answers; not ready, naming the open breaker, once repeated outages open it', async () => {
        const ready = await fetch(`${app.url}/readyz`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toEqual({ status: 'ready' });

        // Each look-up tries three times; the fifth failure in a row opens the breaker.
        for (let attempt = 0; attempt < 2; attempt += 1) {
            const chat = await DirectLineTestClient.open(app.url);
            await chat.botReplies();
            await chat.send(`status of ${FAKE_USCIS_RECEIPTS.serverErrorAlways}`);
        }
        const notReady = await fetch(`${app.url}/readyz`);
        expect(notReady.status).toBe(503);
        expect(await notReady.json()).toEqual({ status: 'not ready', checks: { database: 'ok', caseService: 'open' } });

        const text = await scrape(app.url);
        expect(sample(text, 'sendero_case_service_circuit_open')).toBe(1);
        expect(sample(text, 'sendero_case_service_calls_total', { backend: 'uscis', operation: 'getCase', result: 'unavailable' })).toBe(2);
        // The receipt never reaches a label or a log line whole.
        expect(text).not.toContain(FAKE_USCIS_RECEIPTS.serverErrorAlways);
        expect(app.logs.map((line) => JSON.stringify(line)).filter((line) => line.includes(FAKE_USCIS_RECEIPTS.serverErrorAlways))).toEqual([]);
        // The case service logs with the logger it was built with, yet its lines carry the turn's and request's ids.
        const serviceLines = app.logs.filter((line) => line.msg === 'USCIS is unavailable');
        expect(serviceLines.length).toBeGreaterThan(0);
        for (const line of serviceLines) expect(line).toMatchObject({ turnId: expect.any(String), requestId: expect.any(String) });
    });
});

describe('notifications and codes', () => {
    test('are counted as queued, duplicate and refused by the limit that refused them', async () => {
        const store = await createTestStore();
        try {
            const metrics = new SenderoMetrics({ defaultMetrics: false });
            const notifier = new QueuedNotifier({
                queue: new NotificationQueueRepository(store.client),
                limiter: new RateLimiter(new RateLimitRepository(store.client)),
                secretBox: new SecretBox(crypto.randomBytes(32)),
                limits: { codesPerRecipientPerHour: 5, codeMinGapSeconds: 60, messagesPerRecipientPerHour: 20, codesPerConversationPerHour: 10, repliesPerRecipientPerHour: 60 },
                counter: metrics,
            });
            const code = (key: string) => ({ channel: 'email' as const, to: 'jane@example.com', body: 'Your code is 482913', idempotencyKey: key, kind: 'code' as const });
            expect(await notifier.send(code('otp:1'))).toEqual({ status: 'queued' });
            expect(await notifier.send(code('otp:1'))).toEqual({ status: 'duplicate' });
            // A second code within the minimum gap is refused.
            expect(await notifier.send(code('otp:2'))).toEqual({ status: 'limited' });
            expect(await notifier.send({ channel: 'sms', to: '+15551234567', body: 'Your case was updated', idempotencyKey: 'notice:1' })).toEqual({ status: 'queued' });

            const text = (await metrics.text()).body;
            expect(sample(text, 'sendero_notifications_total', { channel: 'email', kind: 'code', outcome: 'queued' })).toBe(1);
            expect(sample(text, 'sendero_notifications_total', { channel: 'email', kind: 'code', outcome: 'duplicate' })).toBe(1);
            expect(sample(text, 'sendero_notifications_total', { channel: 'email', kind: 'code', outcome: 'limited' })).toBe(1);
            expect(sample(text, 'sendero_notifications_refused_total', { channel: 'email', kind: 'code', limit: 'codeMinGap' })).toBe(1);
            expect(sample(text, 'sendero_notifications_total', { channel: 'sms', kind: 'notice', outcome: 'queued' })).toBe(1);
            expect(text).not.toContain('jane@example.com');
        } finally {
            await store.dispose();
        }
    });
});

describe('who may read /metrics', () => {
    const TOKEN = 'metrics-token-0123456789abcdef';
    const SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');
    const PRODUCTION = {
        NODE_ENV: 'production',
        SECRETS_KEY,
        SMTP_URL: 'smtp://127.0.0.1:9',
        MAIL_FROM: 'Sendero <no-reply@example.org>',
        TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
        TWILIO_AUTH_TOKEN: 'token',
        TWILIO_FROM_NUMBER: '+15550001111',
        TWILIO_API_BASE_URL: 'http://127.0.0.1:9',
    };

    describe('in production with METRICS_TOKEN', () => {
        let app: TestApp;
        beforeAll(async () => {
            app = await startTestApp({ ...PRODUCTION, METRICS_TOKEN: TOKEN });
        });
        afterAll(async () => app?.dispose());

        test.each([
            ['no token', {}],
            ['a wrong token', { authorization: 'Bearer metrics-token-0123456789abcdeX' }],
            ['the token without Bearer', { authorization: TOKEN }],
            ['the token as Basic credentials', { authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}` }],
        ])('%s: 401, even from this machine, and no metric in the answer', async (_name, headers) => {
            const response = await fetch(`${app.url}/metrics`, { headers });
            expect(response.status).toBe(401);
            expect(response.headers.get('www-authenticate')).toContain('Bearer');
            expect(await response.text()).not.toContain('sendero_');
        });

        test('the right bearer token: 200 with the metrics', async () => {
            const text = await scrape(app.url, { authorization: `Bearer ${TOKEN}` });
            expect(text).toContain('sendero_turns_total');
        });
    });

    describe('in production without METRICS_TOKEN', () => {
        let app: TestApp;
        beforeAll(async () => {
            app = await startTestApp(PRODUCTION);
        });
        afterAll(async () => app?.dispose());

        test('the endpoint is off: 404 to everyone, this machine included', async () => {
            expect((await fetch(`${app.url}/metrics`)).status).toBe(404);
            expect((await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
        });
    });

    test('outside production: open to this machine, a token needed from anywhere else', () => {
        const development = { production: false, token: undefined };
        expect(metricsAccess(development, { authorization: undefined, remoteAddress: '127.0.0.1' })).toBe(200);
        expect(metricsAccess(development, { authorization: undefined, remoteAddress: '::ffff:127.0.0.1' })).toBe(200);
        expect(metricsAccess(development, { authorization: undefined, remoteAddress: '::1' })).toBe(200);
        expect(metricsAccess(development, { authorization: undefined, remoteAddress: '10.0.0.5' })).toBe(401);
        const withToken = { production: false, token: TOKEN };
        expect(metricsAccess(withToken, { authorization: `Bearer ${TOKEN}`, remoteAddress: '10.0.0.5' })).toBe(200);
        expect(metricsAccess(withToken, { authorization: 'Bearer nope', remoteAddress: '10.0.0.5' })).toBe(401);
    });
});
