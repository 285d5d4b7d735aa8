import { randomUUID } from 'node:crypto';
import { withinScope } from '../../bot/asyncScope';
import { createLogger, withLogContext, type Logger } from '../../bot/logger';
import { currentTurn } from '../../bot/turnLog';
import { sendExpectingReplies } from '../support/expectReplies';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * What the logger writes, read back from its real output: secrets by field name are redacted at any depth, and
 * personal identifiers are masked wherever they appear (fields, nested fields, arrays, the message, an error's
 * message); every line of a request and of a turn carries its ids, even when written deep in a service.
 */
function capture(): { logger: Logger; lines: string[] } {
    const lines: string[] = [];
    return { logger: createLogger('trace', { write: (line: string) => void lines.push(line) }), lines };
}

const SECRETS: Record<string, string> = {
    password: 'Correct-Horse-Battery-9',
    newPassword: 'Tr0ub4dor&3-new',
    code: '482913',
    otp: '771204',
    accessCode: 'SNDBX7Q2M9X4',
    backupCode: 'BKUP-3141-5926',
    answer: 'Rosa Parks Street',
    answers: 'Springfield Elementary',
    token: 'eyJhbGciOiJSUzI1NiJ9.payload.signature',
    accessToken: 'uscis-access-token-abcdef',
    refreshToken: 'refresh-token-zyxwvu',
    secret: 'webhook-secret-qwerty',
    clientSecret: 'client-secret-asdfgh',
    twilioAuthToken: 'twilio-auth-token-1357',
    smtpPassword: 'smtp-password-2468',
    authorization: 'Bearer live-bearer-token-9876',
    cookie: 'sendero_agent=agent-session-cookie-5555',
    text: 'my name is Juana and I live at 12 Elm',
    body: 'Your code is 604822',
};

const IDENTIFIERS: Record<string, string> = {
    receipt: 'EAC9999103403',
    ioeReceipt: 'IOE0912345678',
    aNumber: 'A123456789',
    dashedANumber: 'A-123-456-789',
    email: 'juana.perez+uscis@example.org',
    phone: '+15551234567',
    nationalPhone: '(555) 123-4567',
    dottedPhone: '555.987.6543',
};

describe('the log redaction list', () => {
    test.each(Object.entries(SECRETS))('a field named %s is redacted, at the top and nested', (field, value) => {
        const { logger, lines } = capture();
        logger.info({ [field]: value, nested: { deeper: { [field]: value } }, list: [{ [field]: value }] }, 'a line');
        expect(lines).toHaveLength(1);
        expect(lines[0]).not.toContain(value);
        const parsed = JSON.parse(lines[0]) as Record<string, unknown>;
        expect(parsed[field]).toBe('[redacted]');
        expect((parsed.nested as { deeper: Record<string, unknown> }).deeper[field]).toBe('[redacted]');
    });

    test('request headers: authorization, cookie and set-cookie are redacted', () => {
        const { logger, lines } = capture();
        logger.warn(
            { req: { method: 'GET', headers: { authorization: SECRETS.authorization, cookie: SECRETS.cookie, 'proxy-authorization': 'Basic dXNlcjpwYXNz' } }, res: { headers: { 'set-cookie': 'csrf=set-cookie-value-1' } } },
            'request',
        );
        for (const value of [SECRETS.authorization, SECRETS.cookie, 'dXNlcjpwYXNz', 'set-cookie-value-1']) expect(lines[0]).not.toContain(value);
        expect(JSON.parse(lines[0]).req.method).toBe('GET');
    });

    test.each(Object.entries(IDENTIFIERS))('a %s is masked in a field, a nested field, an array, the message and an error', (_kind, value) => {
        const { logger, lines } = capture();
        logger.info({ detail: `looked up ${value} today`, nested: { note: value }, list: [value] }, `message about ${value}`);
        logger.error({ err: new Error(`failed for ${value}`) }, 'failed');
        logger.info(`only a message with ${value}`);
        expect(lines).toHaveLength(3);
        for (const line of lines) expect(line).not.toContain(value);
        // Masked, not dropped: the line still says something was there.
        expect(JSON.parse(lines[0]).detail).toMatch(/^looked up \S*\*+\S* today$/);
    });

    test.each([
        ['a receipt number in Arabic-Indic digits', 'EAC٩٩٩٩١٠٣٤٠٣', 'EAC9999103403'],
        ['an A-Number in full-width characters', 'Ａ１２３４５６７８９', 'A123456789'],
        ['a phone number in Persian digits', '(۵۵۵) ۱۲۳-۴۵۶۷', '(555) 123-4567'],
        ['a full-width email', 'ｊｕａｎａ＠ｅｘａｍｐｌｅ．ｏｒｇ', 'juana@example.org'],
    ])('%s is masked like its ASCII form', (_kind, value, ascii) => {
        const { logger, lines } = capture();
        logger.info({ detail: `looked up ${value} today` }, `message about ${value}`);
        expect(lines[0]).not.toContain(value);
        expect(lines[0]).not.toContain(ascii);
        expect(JSON.parse(lines[0]).detail).toMatch(/^looked up \S*\*+\S* today$/);
    });

    test("a child logger's bindings are masked too", () => {
        const { logger, lines } = capture();
        logger.child({ recipient: IDENTIFIERS.email }).info('x');
        expect(lines[0]).not.toContain(IDENTIFIERS.email);
    });

    test('what is not personal is kept as it was', () => {
        const { logger, lines } = capture();
        const fields = { event: 'turn', conversation: 'Fq3bX9k2LmN-abc', latencyMs: 12.5, at: '2026-11-30T13:36:55.123Z', status: 503, id: randomUUID(), kind: 'code' };
        logger.info(fields, 'turn');
        expect(JSON.parse(lines[0])).toMatchObject(fields);
    });
});

describe('request and turn ids', () => {
    test('code that never receives the ids still writes them, through every await', async () => {
        const { logger, lines } = capture();
        // Stands in for a service several calls deep: it only has the logger.
        const deepService = async () => {
            await new Promise((resolve) => setImmediate(resolve));
            logger.info({ event: 'deep' }, 'deep in a service');
        };
        await withLogContext({ requestId: 'request-1' }, () => withLogContext({ turnId: 'turn-1' }, deepService));
        logger.info('outside');
        expect(JSON.parse(lines[0])).toMatchObject({ requestId: 'request-1', turnId: 'turn-1', event: 'deep' });
        expect(JSON.parse(lines[1]).requestId).toBeUndefined();
    });

    test('the turn kept beside the ids (for code botbuilder calls without it) is readable there and never logged', async () => {
        const { logger, lines } = capture();
        const turn = { activity: { text: 'my secret answer' } };
        let seen: unknown;
        await withLogContext({ requestId: 'request-2' }, () =>
            withinScope({ turnId: 'turn-2', turn }, async () => {
                await new Promise((resolve) => setImmediate(resolve));
                seen = currentTurn();
                logger.info({ event: 'during' }, 'during the turn');
            }),
        );
        expect(seen).toBe(turn);
        const line = JSON.parse(lines[0]) as Record<string, unknown>;
        expect(line).toMatchObject({ requestId: 'request-2', turnId: 'turn-2', event: 'during' });
        expect(line).not.toHaveProperty('turn');
        expect(lines[0]).not.toContain('my secret answer');
    });

    describe('on the real server', () => {
        let app: TestApp;
        beforeAll(async () => {
            app = await startTestApp();
        });
        afterAll(async () => app?.dispose());

        test("each turn line carries the HTTP request id (the caller's X-Request-Id, answered back) and a turn id of its own", async () => {
            const conversation = `emulator-${randomUUID()}`;
            await sendExpectingReplies(app.url, conversation, 'help');
            await sendExpectingReplies(app.url, conversation, 'help');
            const turns = app.logs.filter((line) => line.event === 'turn' && line.conversation === conversation);
            expect(turns).toHaveLength(2);
            for (const line of turns) {
                expect(line.requestId).toEqual(expect.any(String));
                expect(line.turnId).toEqual(expect.any(String));
            }
            expect(turns[0].turnId).not.toBe(turns[1].turnId);
            expect(app.logs.filter((line) => 'turn' in line)).toEqual([]);
            expect(turns[0].requestId).not.toBe(turns[1].requestId);

            const response = await fetch(`${app.url}/healthz`, { headers: { 'X-Request-Id': 'probe-1234-abcd' } });
            expect(response.headers.get('x-request-id')).toBe('probe-1234-abcd');
            const made = await fetch(`${app.url}/healthz`, { headers: { 'X-Request-Id': 'bad id with spaces and {json}' } });
            expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
        });

        test('a message holding identifiers leaves none of them in any log line', async () => {
            const conversation = `emulator-${randomUUID()}`;
            const said = `my email is ${IDENTIFIERS.email}, phone ${IDENTIFIERS.phone}, A-Number ${IDENTIFIERS.aNumber}, receipt ${IDENTIFIERS.receipt}`;
            await sendExpectingReplies(app.url, conversation, said);
            const lines = app.logs.map((line) => JSON.stringify(line));
            for (const value of Object.values(IDENTIFIERS)) expect(lines.filter((line) => line.includes(value))).toEqual([]);
        });
    });
});
