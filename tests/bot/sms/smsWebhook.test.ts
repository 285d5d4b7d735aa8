import twilio from 'twilio';
import { smsLength } from '../../../bot/sms/smsSegments';
import { startLocalTwilioApi, type LocalTwilioApi } from '../../services/notifications/localTwilioApi';
import { startTestApp, type TestApp } from '../../support/testApp';
import { es } from '../../support/dialogHarness';

const ACCOUNT_SID = `AC${'1'.repeat(32)}`;
const AUTH_TOKEN = 'twilio-auth-token-for-tests';
const OUR_NUMBER = '+15005550006';
let sequence = 0;

/** What Twilio posts for one incoming text, signed with the account's token by Twilio's own helper library. */
function incoming(app: TestApp, from: string, body: string, overrides: Record<string, string> = {}) {
    const params: Record<string, string> = {
        MessageSid: `SM${(++sequence).toString(16).padStart(32, '0')}`,
        AccountSid: ACCOUNT_SID,
        From: from,
        To: OUR_NUMBER,
        Body: body,
        NumMedia: '0',
        ...overrides,
    };
    const url = `${app.config.PUBLIC_BASE_URL}/api/sms`;
    return { params, signature: twilio.getExpectedTwilioSignature(AUTH_TOKEN, url, params) };
}

async function post(app: TestApp, params: Record<string, string>, signature?: string): Promise<{ status: number; body: string }> {
    const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (signature !== undefined) headers['X-Twilio-Signature'] = signature;
    const response = await fetch(`${app.url}/api/sms`, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
    return { status: response.status, body: await response.text() };
}

/** The texts of a TwiML answer, in order. */
function messages(twiml: string): string[] {
    return [...twiml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((match) =>
        match[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
    );
}

/** Sends a signed text and returns the replies that came back in the webhook's answer. */
async function text(app: TestApp, from: string, body: string): Promise<string[]> {
    const { params, signature } = incoming(app, from, body);
    const response = await post(app, params, signature);
    expect(response.status).toBe(200);
    return messages(response.body);
}

describe('SMS straight from Twilio (POST /api/sms)', () => {
    let twilioApi: LocalTwilioApi;
    let app: TestApp;

    beforeAll(async () => {
        twilioApi = await startLocalTwilioApi(ACCOUNT_SID, AUTH_TOKEN);
        app = await startTestApp({
            TWILIO_ACCOUNT_SID: ACCOUNT_SID,
            TWILIO_AUTH_TOKEN: AUTH_TOKEN,
            TWILIO_FROM_NUMBER: OUR_NUMBER,
            TWILIO_API_BASE_URL: twilioApi.baseUrl,
            HELPDESK_EMAIL: 'help@example.org',
        });
    });

    afterAll(async () => {
        await app.dispose();
        await twilioApi.close();
    });

    test('a signed text is a turn whose replies come back as TwiML, each at most three segments', async () => {
        const replies = await text(app, '+15555550101', 'hi');
        expect(replies.join('\n')).toContain('Ayuda Legal Test');
        expect(replies.join('\n')).toMatch(/1\. Find my account number/);
        for (const reply of replies) expect(smsLength(reply).segments).toBeLessThanOrEqual(3);
    });

    test('a choice is answered by its number, and a whole flow runs over SMS', async () => {
        const from = '+15555550102';
        await text(app, from, 'hello');
        const asked = await text(app, from, '4');
        expect(asked.join('\n')).toMatch(/receipt number/i);
        const status = await text(app, from, 'EAC9999103403');
        expect(status.join('\n')).toMatch(/approved/i);
    });

    test('someone who texts in Spanish gets Spanish without having to pick, and keeps it', async () => {
        const from = '+15555550110';
        const first = await text(app, from, 'hola, quiero saber el estado de mi caso');
        expect(first[0]).toBe(es('welcome.greeting', { orgName: 'Ayuda Legal Test' }));
        expect(first.join('\n')).toContain(es('caseStatus.ask.receipt'));
        expect(first.join('\n')).not.toContain(es('language.offer', { language: 'Español' }).slice(0, 20));
        const status = await text(app, from, 'EAC9999103403');
        expect(status.join('\n')).toMatch(/aprob/i);
    });

    test('a forged or missing signature gets 403 and runs nothing', async () => {
        const { params } = incoming(app, '+15555550103', 'hi');
        expect((await post(app, params, 'forged-signature=')).status).toBe(403);
        expect((await post(app, params)).status).toBe(403);
        // Signed for other parameters: the body was changed on the way.
        const { signature } = incoming(app, '+15555550103', 'something else');
        expect((await post(app, params, signature)).status).toBe(403);
        const taken = await app.rows('SmsInboundMessage');
        expect(taken.map((row) => row.messageSid)).not.toContain(params.MessageSid);
    });

    test('a replayed MessageSid (Twilio retrying) is handled once', async () => {
        const { params, signature } = incoming(app, '+15555550104', 'hi');
        const first = await post(app, params, signature);
        const again = await post(app, params, signature);
        expect(messages(first.body).length).toBeGreaterThan(0);
        expect(again.status).toBe(200);
        expect(messages(again.body)).toEqual([]);
    });

    test('STOP is recorded and never answered; nothing is sent until START', async () => {
        const from = '+15555550105';
        await text(app, from, 'hi');
        expect(await text(app, from, 'STOP')).toEqual([]);
        expect(await text(app, from, 'hi')).toEqual([]);
        expect(await text(app, from, 'unsubscribe')).toEqual([]);
        // A later message (an agent's reply, a case update) is not sent either.
        const before = twilioApi.requests.length;
        await app.delivery.send({ channelId: 'sms', serviceUrl: `${app.config.PUBLIC_BASE_URL}/api/sms`, conversation: { id: from } as never, user: { id: from, name: '' }, bot: { id: OUR_NUMBER, name: '' } }, [{ type: 'message', text: 'later' }]);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(twilioApi.requests.length).toBe(before);
        const back = await text(app, from, 'START');
        expect(back.join('\n')).toMatch(/texts from Ayuda Legal Test again/);
        expect((await text(app, from, 'hi')).length).toBeGreaterThan(0);
    });

    test('HELP gets the organisation, its contact and how to stop', async () => {
        const replies = await text(app, '+15555550106', 'HELP');
        expect(replies.join('\n')).toMatch(/Ayuda Legal Test.*555-0100.*help@example\.org.*STOP/s);
    });

    test('CANCEL inside a flow cancels the flow; CANCEL at the menu stops the texts', async () => {
        const from = '+15555550107';
        await text(app, from, 'hi');
        await text(app, from, '4');
        const cancelled = await text(app, from, 'cancel');
        expect(cancelled.join('\n')).toMatch(/I stopped that/);
        expect(await text(app, from, 'cancel')).toEqual([]);
        expect(await text(app, from, 'hi')).toEqual([]);
    });

    test('a message sent after the webhook answered goes out through the Twilio Messages API', async () => {
        const from = '+15555550108';
        await text(app, from, 'hi');
        const before = twilioApi.requests.length;
        await app.delivery.send(
            { channelId: 'sms', serviceUrl: `${app.config.PUBLIC_BASE_URL}/api/sms`, conversation: { id: from } as never, user: { id: from, name: '' }, bot: { id: OUR_NUMBER, name: '' } },
            [{ type: 'message', text: 'A person from the help desk will write to you here.' }],
        );
        const deadline = Date.now() + 10_000;
        while (twilioApi.requests.length === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        const sent = twilioApi.requests.slice(before);
        expect(sent).toHaveLength(1);
        expect(sent[0].form).toMatchObject({ To: from, From: OUR_NUMBER, Body: 'A person from the help desk will write to you here.' });
    });
});

describe('SMS without a Twilio auth token', () => {
    test('the webhook answers 503 and runs nothing', async () => {
        const app = await startTestApp();
        try {
            const response = await fetch(`${app.url}/api/sms`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({ From: '+15555550109', Body: 'hi', MessageSid: `SM${'a'.repeat(32)}` }).toString(),
            });
            expect(response.status).toBe(503);
        } finally {
            await app.dispose();
        }
    });
});
