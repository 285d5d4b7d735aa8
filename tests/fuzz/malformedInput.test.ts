import http from 'node:http';
import fc from 'fast-check';
import twilio from 'twilio';
import { en } from '../support/dialogHarness';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { FakeBotConnector } from '../support/fakeBotConnector';
import { sendExpectingReplies } from '../support/expectReplies';
import { startLocalTwilioApi, type LocalTwilioApi } from '../services/notifications/localTwilioApi';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * Abuse resistance: fast-check throws malformed requests at every way in: /api/messages activities, the Direct Line
 * endpoint (token, start, reconnect, history, post, upload, refresh) and the Twilio SMS webhook (signed with the
 * account's token but with malformed fields, and unsigned garbage). No answer may be a 5xx, nothing may escape as an
 * unhandled error, and afterwards a normal user on each channel is answered as usual. One app for the whole file;
 * fixed seeds, so a failure replays exactly.
 */
jest.setTimeout(180_000);

const ACCOUNT_SID = `AC${'2'.repeat(32)}`;
const AUTH_TOKEN = 'twilio-auth-token-for-the-fuzz-suite';
const OUR_NUMBER = '+15005550006';
/** Inputs sent in one property run, in parallel (a burst, as a hostile client would send them). */
const BATCH = 4;

interface Sent {
    surface: string;
    method: string;
    path: string;
    status: number;
    /** What was sent, shortened, for the failure message. */
    sample: string;
}

const sent: Sent[] = [];
const escaped: unknown[] = [];
const onEscape = (error: unknown) => escaped.push(error);

let app: TestApp;
let twilioApi: LocalTwilioApi;
/** Where replies to /api/messages activities without expectReplies go: a local Bot Connector that takes them. */
const connector = new FakeBotConnector();
let connectorUrl = '';
/** Conversations opened honestly, whose tokens the Direct Line fuzz uses next to forged ones. */
let pool: DirectLineTestClient[] = [];

beforeAll(async () => {
    process.on('unhandledRejection', onEscape);
    process.on('uncaughtException', onEscape);
    twilioApi = await startLocalTwilioApi(ACCOUNT_SID, AUTH_TOKEN);
    connectorUrl = await connector.start();
    app = await startTestApp({
        TWILIO_ACCOUNT_SID: ACCOUNT_SID,
        TWILIO_AUTH_TOKEN: AUTH_TOKEN,
        TWILIO_FROM_NUMBER: OUR_NUMBER,
        TWILIO_API_BASE_URL: twilioApi.baseUrl,
        // The limits are tested elsewhere (tests/security); here they would only turn most requests into 429s.
        DIRECTLINE_TOKENS_PER_IP_PER_MINUTE: '100000',
        DIRECTLINE_CONVERSATIONS_PER_IP_PER_HOUR: '100000',
        SMS_INBOUND_PER_NUMBER_PER_HOUR: '10000',
        ACCOUNT_RESPONSE_FLOOR_MS: '0',
        SMS_REPLY_WINDOW_MS: '5000',
    });
    pool = await Promise.all([0, 1, 2].map(() => DirectLineTestClient.open(app.url)));
});

afterAll(async () => {
    agent.destroy();
    await app?.dispose();
    await twilioApi?.close();
    await connector.stop();
    process.off('unhandledRejection', onEscape);
    process.off('uncaughtException', onEscape);
});

// ---- shared arbitraries ------------------------------------------------------------------------------------------

/** Text a person could never type but a client can send: any code points (lone surrogates too), controls, RTL marks. */
const oddText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.constantFrom('', ' ', '\u0000', '\uFEFF', '\u202E', '\uD800', 'null', 'undefined', '__proto__', 'constructor', '%00', '../../etc/passwd', '<script>', '{{orgName}}', '$t(menu.prompt)'),
    // Just over MAX_MESSAGE_CHARS, over the Direct Line activity limit (64 KB), over the body limit (256 KB).
    fc.constantFrom(5_001, 65_537, 262_145).map((n) => 'x'.repeat(n)),
);

/** A JSON value of any shape, including the awkward ones. */
const anyJson = fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 2, arbitrary: oddText },
    { weight: 1, arbitrary: fc.constantFrom(null, true, 0, -1, 1e308, [], {}, [null], JSON.parse('{"__proto__":{"polluted":true}}') as unknown) },
    { weight: 1, arbitrary: fc.integer({ min: 60, max: 3000 }).map((depth) => deepNesting(depth)) },
);

/** An array nested `depth` levels deep (the body limit refuses anything past 64 before parsing it). */
function deepNesting(depth: number): unknown {
    let value: unknown = 'bottom';
    for (let index = 0; index < depth; index++) value = index % 2 ? [value] : { a: value };
    return value;
}

/** A raw request body that is not valid JSON, or JSON the route does not expect. */
const rawBody = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('{', '[', '{"type":', '"', 'nul', '{"a":1}{"b":2}', '\u0000\u0001', '[[[[[[[[[['.repeat(10)),
    fc.integer({ min: 65, max: 20_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
    fc.integer({ min: 65, max: 20_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
    fc.constantFrom(5_001, 65_537, 300_000).map((n) => JSON.stringify({ type: 'message', text: 'y'.repeat(n) })),
);

const contentType = fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=zzz',
    'application/octet-stream',
    'application/json; charset=utf-16',
    '',
);

/** Replaces or removes some fields of `base`, or adds unknown ones. */
/** A Content-Type header, or none for ''. */
function contentTypeHeader(type: string): Record<string, string> {
    return type ? { 'Content-Type': type } : {};
}

function mangled(base: Record<string, unknown>, fieldValue: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
    const keys = Object.keys(base);
    return fc
        .record({
            replace: fc.dictionary(fc.constantFrom(...keys), fieldValue, { maxKeys: 4 }),
            remove: fc.subarray(keys, { maxLength: 3 }),
            extra: fc.dictionary(fc.string({ maxLength: 12 }), fieldValue, { maxKeys: 2 }),
        })
        .map(({ replace, remove, extra }) => {
            const copy: Record<string, unknown> = { ...base, ...extra, ...replace };
            for (const key of remove) delete copy[key];
            return copy;
        });
}

interface Attempt {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
    path: string;
    headers?: Record<string, string>;
    body?: string;
}

/**
 * Kept-alive connections for the ten thousand requests: node:http rather than fetch, whose streams cost the test more CPU
 * than the server's answer (the two share one jest worker).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: BATCH });

/** Sends one request and reads the whole answer (a server that fails half-way through a body shows up here). */
function exchange(request: Attempt): Promise<number> {
    // The URL parser encodes the path as fetch would.
    const url = new URL(request.path, app.url);
    const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
    return new Promise((resolve, reject) => {
        const sending = http.request(
            url,
            // A server that never answers is a failure too (not a timing assertion: the bound is far above any answer).
            { method: request.method, headers: { ...request.headers, ...(body && { 'Content-Length': String(body.length) }) }, agent, signal: AbortSignal.timeout(20_000) },
            (response) => {
                response.on('data', () => undefined);
                response.on('end', () => resolve(response.statusCode ?? 0));
                response.on('error', reject);
            },
        );
        sending.on('error', reject);
        sending.end(body);
    });
}

async function attempt(surface: string, request: Attempt): Promise<Sent> {
    let status: number;
    try {
        status = await exchange(request);
    } catch (error) {
        throw new Error(`${request.method} ${request.path.slice(0, 120)} got no answer (${(error as Error).name}) to ${JSON.stringify((request.body ?? '').slice(0, 300))}`);
    }
    const record = { surface, method: request.method, path: request.path.slice(0, 120), status, sample: (request.body ?? '').slice(0, 160) };
    sent.push(record);
    return record;
}

/** Sends a batch in parallel; the property fails on any 5xx, naming the request. */
async function sendBatch(surface: string, requests: Attempt[]): Promise<void> {
    const results = await Promise.all(requests.map((request) => attempt(surface, request)));
    for (const result of results) {
        if (result.status >= 500) throw new Error(`${result.method} ${result.path} answered ${result.status} to ${JSON.stringify(result.sample)}`);
    }
}

/** What an HTTP client can put in a header at all (fetch refuses control characters before anything is sent). */
const headerSafe = (text: string): string => text.replace(/[^\x20-\x7e]/g, '').trim();

const serialize = (value: unknown): string => {
    try {
        return JSON.stringify(value) ?? 'null';
    } catch {
        return 'null';
    }
};

// ---- /api/messages ------------------------------------------------------------------------------------------------

const validActivity = {
    type: 'message',
    id: 'fuzz-activity',
    channelId: 'emulator',
    serviceUrl: 'set in messagesRequest',
    deliveryMode: 'expectReplies',
    from: { id: 'fuzz-user', name: 'Fuzz' },
    recipient: { id: 'bot' },
    conversation: { id: 'fuzz-conversation' },
    text: 'hi',
    locale: 'en-US',
    timestamp: '2026-01-01T00:00:00Z',
    value: undefined as unknown,
    attachments: undefined as unknown,
    entities: undefined as unknown,
    channelData: undefined as unknown,
    membersAdded: undefined as unknown,
    name: undefined as unknown,
    replyToId: undefined as unknown,
    localTimestamp: undefined as unknown,
    textFormat: undefined as unknown,
};

const activityField = fc.oneof(
    anyJson,
    fc.constantFrom('message', 'invoke', 'event', 'conversationUpdate', 'typing', 'endOfConversation', 'messageReaction', 'installationUpdate', 'handoff', 'trace'),
    fc.constantFrom('expectReplies', 'normal', 'notification', 'ephemeral'),
    fc.constantFrom('not a date', '9999-99-99T99:99:99Z', '', '0', '-271821-04-20T00:00:00Z'),
    fc.constantFrom('not-a-url', 'file:///etc/passwd', 'http://[::1', 'ftp://127.0.0.1/', ''),
    fc.record({ id: oddText }),
    fc.array(fc.record({ id: oddText, name: oddText }), { maxLength: 3 }),
    fc.array(fc.record({ contentType: oddText, content: anyJson }), { maxLength: 2 }),
);

const messagesRequest: fc.Arbitrary<Attempt> = fc.oneof(
    {
        weight: 3,
        arbitrary: fc
            .tuple(mangled(validActivity, activityField), fc.uuid(), fc.boolean())
            .map(([mangledActivity, id, randomConversation]) => {
                const activity = mangledActivity.serviceUrl === validActivity.serviceUrl ? { ...mangledActivity, serviceUrl: connectorUrl } : mangledActivity;
                // Most share a handful of conversations (state built up by earlier garbage); some open new ones.
                const body = randomConversation && isRecord(activity.conversation) ? { ...activity, conversation: { ...activity.conversation, id: `fuzz-${id}` } } : activity;
                return { method: 'POST' as const, path: '/api/messages', headers: { 'Content-Type': 'application/json' }, body: serialize(body) };
            }),
    },
    { weight: 3, arbitrary: fc.tuple(rawBody, contentType).map(([body, type]) => ({ method: 'POST' as const, path: '/api/messages', headers: contentTypeHeader(type), body })) },
    {
        weight: 2,
        arbitrary: fc
            .tuple(anyJson, fc.constantFrom('Bearer x.y.z', 'Bearer eyJhbGciOiJub25lIn0.e30.', 'Basic Zm9vOmJhcg==', '\t', 'Bearer ' + 'a'.repeat(5000)))
            .map(([value, authorization]) => ({ method: 'POST' as const, path: '/api/messages', headers: { 'Content-Type': 'application/json', Authorization: authorization }, body: serialize(value) })),
    },
    { weight: 1, arbitrary: fc.constantFrom<Attempt>({ method: 'GET', path: '/api/messages' }, { method: 'PUT', path: '/api/messages', body: '{}' }, { method: 'DELETE', path: '/api/messages' }) },
);

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- Direct Line --------------------------------------------------------------------------------------------------

const DL = '/v3/directline';

/** A token header: a real one of the pool, a forged one, or garbage. */
const authorization = fc.oneof(
    fc.nat({ max: 2 }).map((index) => `Bearer ${pool[index].token}`),
    fc.constantFrom('Bearer sdl1.forged', 'Bearer ', 'Bearer sdl1.' + 'A'.repeat(300), 'bearer', 'Token abc', ''),
    fc.string({ unit: 'binary-ascii', maxLength: 80 }).map((text) => `Bearer ${headerSafe(text)}`),
);

/** A conversation id for the path: the token's own, someone else's, or nonsense (encoded, so it stays a path). */
const conversationId = fc.oneof(
    fc.nat({ max: 2 }).map((index) => pool[index].conversationId),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('', '..', '%', '%2F', '%00', 'a'.repeat(2000), '__proto__'),
);

const encodePath = (id: string): string => {
    try {
        return encodeURIComponent(id);
    } catch {
        // A lone surrogate cannot be encoded: send its raw escape instead.
        return escape(id);
    }
};

const watermark = fc.oneof(
    fc.constantFrom('', '0', '-1', '1e9', '999999999', '9999999999999', 'NaN', '0x10', '1.5', ' 1', 'watermark'),
    fc.string({ maxLength: 12 }),
    fc.nat().map(String),
);

const clientActivity = {
    type: 'message',
    text: 'hello',
    locale: 'en-US',
    channelData: { clientActivityID: 'c-1' },
    value: undefined as unknown,
    attachments: undefined as unknown,
    entities: undefined as unknown,
    name: undefined as unknown,
    from: { id: 'someone-else' },
    conversation: { id: 'another' },
    textFormat: undefined as unknown,
    localTimezone: undefined as unknown,
};

const directLineRequest: fc.Arbitrary<Attempt> = fc.oneof(
    // The page's token endpoint.
    fc.tuple(fc.oneof(rawBody, anyJson.map(serialize), fc.record({ locale: anyJson }).map(serialize)), contentType).map(([body, type]) => ({
        method: 'POST' as const,
        path: '/api/directline/token',
        headers: contentTypeHeader(type),
        body,
    })),
    // Start, with any token.
    fc.tuple(authorization, fc.option(rawBody)).map(([auth, body]) => ({
        method: 'POST' as const,
        path: `${DL}/conversations`,
        headers: { Authorization: auth, 'Content-Type': 'application/json' },
        body: body ?? undefined,
    })),
    // Reconnect and history, with any id and watermark.
    fc.tuple(authorization, conversationId, watermark, fc.boolean()).map(([auth, id, mark, history]) => ({
        method: 'GET' as const,
        path: `${DL}/conversations/${encodePath(id)}${history ? '/activities' : ''}?watermark=${encodePath(mark)}${history && mark.length % 2 ? `&watermark=${encodePath(mark)}` : ''}`,
        headers: { Authorization: auth },
    })),
    // Posting an activity: malformed activities on a real conversation, or anything anywhere.
    {
        weight: 2,
        arbitrary: fc
            .tuple(fc.nat({ max: 2 }), mangled(clientActivity, fc.oneof(anyJson, fc.constantFrom('message', 'event', 'typing', 'invoke', 'sendero.passwordSet'))))
            .map(([index, activity]) => ({
                method: 'POST' as const,
                path: `${DL}/conversations/${encodePath(pool[index].conversationId)}/activities`,
                headers: { Authorization: `Bearer ${pool[index].token}`, 'Content-Type': 'application/json' },
                body: serialize(activity),
            })),
    },
    fc.tuple(authorization, conversationId, fc.oneof(rawBody, anyJson.map(serialize)), contentType).map(([auth, id, body, type]) => ({
        method: 'POST' as const,
        path: `${DL}/conversations/${encodePath(id)}/activities`,
        headers: { Authorization: auth, ...contentTypeHeader(type) },
        body,
    })),
    // Upload and refresh with forged tokens only (a real refresh would retire a pool token).
    fc.tuple(conversationId, rawBody).map(([id, body]) => ({
        method: 'POST' as const,
        path: `${DL}/conversations/${encodePath(id)}/upload`,
        headers: { Authorization: 'Bearer sdl1.forged', 'Content-Type': 'multipart/form-data; boundary=zzz' },
        body,
    })),
    fc.tuple(fc.constantFrom('Bearer sdl1.forged', '', 'Bearer'), rawBody).map(([auth, body]) => ({
        method: 'POST' as const,
        path: `${DL}/tokens/refresh`,
        headers: { Authorization: auth },
        body,
    })),
    // Methods and paths nobody serves.
    fc.tuple(fc.constantFrom<'GET' | 'PUT' | 'DELETE' | 'PATCH'>('GET', 'PUT', 'DELETE', 'PATCH'), conversationId).map(([method, id]) => ({
        method,
        path: `${DL}/conversations/${encodePath(id)}/activities/${encodePath(id)}`,
        headers: { Authorization: 'Bearer sdl1.forged' },
        body: method === 'GET' ? undefined : '{}',
    })),
);

// ---- SMS webhook --------------------------------------------------------------------------------------------------

const SMS_PATH = '/api/sms';
const smsUrl = () => `${app.config.PUBLIC_BASE_URL}${SMS_PATH}`;

const smsField = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('', '+', '+1', '+15555550123', '+1555555012345678901', '5555550123', 'SM' + '0'.repeat(32), 'SM' + 'g'.repeat(32), 'STOP', 'HELP', 'START'),
    fc.nat({ max: 5000 }).map((n) => 'z'.repeat(n)),
);

let smsSequence = 0;

const wellFormedSms = () => ({
    MessageSid: `SM${(++smsSequence).toString(16).padStart(32, 'f')}`,
    AccountSid: ACCOUNT_SID,
    From: `+1555556${String(smsSequence % 10_000).padStart(4, '0')}`,
    To: OUR_NUMBER,
    Body: 'hi',
    NumMedia: '0',
});

const smsRequest: fc.Arbitrary<Attempt> = fc.oneof(
    // Signed with the real token, fields malformed (what a compromised or buggy relay could send).
    {
        weight: 4,
        arbitrary: fc
            .record({
                replace: fc.dictionary(fc.constantFrom('MessageSid', 'AccountSid', 'From', 'To', 'Body', 'NumMedia'), smsField, { maxKeys: 4 }),
                remove: fc.subarray(['MessageSid', 'From', 'To', 'Body'], { maxLength: 2 }),
                extra: fc.dictionary(fc.string({ unit: 'binary-ascii', maxLength: 10 }), smsField, { maxKeys: 3 }),
            })
            .map(({ replace, remove, extra }) => {
                const params: Record<string, string> = { ...extra, ...wellFormedSms(), ...replace };
                for (const key of remove) delete params[key];
                return {
                    method: 'POST' as const,
                    path: SMS_PATH,
                    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': twilio.getExpectedTwilioSignature(AUTH_TOKEN, smsUrl(), params) },
                    body: new URLSearchParams(params).toString(),
                };
            }),
    },
    // Unsigned or wrongly signed garbage, in any content type.
    fc.tuple(fc.oneof(rawBody, fc.dictionary(fc.string({ maxLength: 10 }), smsField).map((params) => new URLSearchParams(params).toString())), contentType, fc.option(fc.string({ unit: 'binary-ascii', maxLength: 40 }))).map(
        ([body, type, signature]) => ({
            method: 'POST' as const,
            path: SMS_PATH,
            headers: { ...contentTypeHeader(type), ...(signature !== null ? { 'X-Twilio-Signature': headerSafe(signature) } : {}) },
            body,
        }),
    ),
    // A signature over other parameters than those sent, and repeated keys.
    fc.string({ maxLength: 30 }).map((body) => {
        const params = wellFormedSms();
        const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, smsUrl(), params);
        return {
            method: 'POST' as const,
            path: `${SMS_PATH}?From=${encodePath(body)}`,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature },
            body: `${new URLSearchParams({ ...params, Body: body }).toString()}&From=%2B15555550000&From=x`,
        };
    }),
);

// ---- the properties -----------------------------------------------------------------------------------------------

const runs = { messages: 1000, directLine: 1000, sms: 550 };

describe('malformed input is refused without a 5xx, and the bot keeps answering', () => {
    test('/api/messages: malformed activities, bodies, content types and tokens', async () => {
        await fc.assert(
            fc.asyncProperty(fc.array(messagesRequest, { minLength: BATCH, maxLength: BATCH }), (batch) => sendBatch('messages', batch)),
            { numRuns: runs.messages, seed: 1301, endOnFailure: true },
        );
    });

    test('Direct Line: malformed tokens, ids, watermarks, bodies and headers', async () => {
        await fc.assert(
            fc.asyncProperty(fc.array(directLineRequest, { minLength: BATCH, maxLength: BATCH }), (batch) => sendBatch('directLine', batch)),
            { numRuns: runs.directLine, seed: 1302, endOnFailure: true },
        );
    });

    test('SMS webhook: validly signed malformed fields, and unsigned garbage', async () => {
        await fc.assert(
            fc.asyncProperty(fc.array(smsRequest, { minLength: BATCH, maxLength: BATCH }), (batch) => sendBatch('sms', batch)),
            { numRuns: runs.sms, seed: 1303, endOnFailure: true },
        );
    });

    test('at least 10,000 malformed inputs were sent, most were refused, and nothing escaped as an unhandled error', async () => {
        expect(sent.length).toBeGreaterThanOrEqual(10_000);
        const bySurface = (surface: string) => sent.filter((entry) => entry.surface === surface);
        for (const surface of ['messages', 'directLine', 'sms']) {
            const entries = bySurface(surface);
            // The fuzz reached the checks: plenty of inputs were refused with a 4xx, and none was a 5xx.
            expect(entries.filter((entry) => entry.status >= 400 && entry.status < 500).length).toBeGreaterThan(entries.length / 10);
            expect(entries.filter((entry) => entry.status >= 500)).toEqual([]);
        }
        expect(escaped).toEqual([]);
        // No "__proto__" key of any body reached the prototype of every object.
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    });

    test('a normal user is answered correctly afterwards, on each channel', async () => {
        const chat = await DirectLineTestClient.open(app.url);
        expect((await chat.botReplies()).map(replyText).join('\n')).toContain(en('menu.prompt'));
        expect((await chat.send('2')).map(replyText).join('\n')).toContain(en('chooseAccount.prompt').split('\n')[0]);

        const replies = await sendExpectingReplies(app.url, `after-fuzz-${Date.now()}`, 'hi');
        expect(replies.map((reply) => reply.text).join('\n')).toContain(en('welcome.greeting', { orgName: 'Ayuda Legal Test' }));

        const params = { ...wellFormedSms(), From: '+15555559999', Body: 'hi' };
        const response = await fetch(`${app.url}${SMS_PATH}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': twilio.getExpectedTwilioSignature(AUTH_TOKEN, smsUrl(), params) },
            body: new URLSearchParams(params).toString(),
        });
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('Ayuda Legal Test');
    });
});
