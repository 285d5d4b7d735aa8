import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import type { Activity } from 'botbuilder';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { en } from '../support/dialogHarness';
import { FakeBotConnector } from '../support/fakeBotConnector';
import { startTestApp, type TestApp } from '../support/testApp';
import { RECENT_LINE_CHARS, RECENT_LINES } from '../../conversation/handoffGate';
import { resolveSecretsKey } from '../../services/accounts/accountConfig';
import { SecretBox } from '../../services/accounts/secretBox';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from '../../services/handoff/webhookDispatcher';
import { AGENT_PASSWORD, AgentConsoleClient, currentCode, eventually } from './agentConsoleClient';

/**
 * The handoff on other channels and to other help desks: an SMS user relayed to an agent through the Bot Connector,
 * a channel wired to a contact-centre hub (handoff.initiate / handoff.status), the signed webhook, and the
 * after-hours message.
 */
const WEBHOOK_SECRET = 'a-webhook-secret-of-some-length';

interface ReceivedHook {
    body: string;
    signature?: string;
    timestamp?: string;
}

let app: TestApp;
let connector: FakeBotConnector;
let serviceUrl: string;
let agent: AgentConsoleClient;
let hookServer: http.Server;
const hooks: ReceivedHook[] = [];

beforeAll(async () => {
    connector = new FakeBotConnector();
    serviceUrl = await connector.start();
    hookServer = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
            hooks.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers[SIGNATURE_HEADER.toLowerCase()] as string, timestamp: req.headers[TIMESTAMP_HEADER.toLowerCase()] as string });
            res.end('ok');
        });
    });
    await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
    app = await startTestApp({
        HELPDESK_SCHEDULE: 'Mon-Sun 00:00-24:00',
        HANDOFF_HUB_CHANNELS: 'contactcentre',
        HANDOFF_WEBHOOK_URL: `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hooks`,
        HANDOFF_WEBHOOK_SECRET: WEBHOOK_SECRET,
    });
    const enrolment = await app.helpDesk.agents.create({ username: 'luis', displayName: 'Luis', password: AGENT_PASSWORD });
    agent = new AgentConsoleClient(app.url);
    expect(await agent.signIn('luis', AGENT_PASSWORD, currentCode(enrolment.manualEntryKey))).toBe(200);
});
afterAll(async () => {
    await app?.dispose();
    await connector?.stop();
    await new Promise((resolve) => hookServer.close(resolve));
});

function activity(channelId: string, conversationId: string, fields: Partial<Activity>): Partial<Activity> {
    return {
        id: randomUUID(),
        channelId,
        serviceUrl,
        from: { id: channelId === 'sms' ? '+15555550123' : `user-${conversationId}`, name: 'User' },
        recipient: { id: 'sendero-bot', name: 'Sendero' },
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        timestamp: new Date(),
        locale: 'en-US',
        ...fields,
    } as Partial<Activity>;
}

async function post(channelId: string, conversationId: string, fields: Partial<Activity>): Promise<Partial<Activity>[]> {
    const before = connector.repliesTo(conversationId).length;
    const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity(channelId, conversationId, fields)) });
    expect(response.status).toBe(200);
    return connector.repliesTo(conversationId).slice(before);
}

const say = (channelId: string, conversationId: string, text: string) => post(channelId, conversationId, { type: 'message', text });

async function ticketOf(conversationId: string): Promise<Record<string, unknown>> {
    const ticket = (await app.rows('HandoffTicket')).find((row) => String(row.conversationKey).includes(conversationId));
    if (!ticket) throw new Error(`no ticket for ${conversationId}`);
    return ticket;
}

/** The conversation state row of a conversation, parsed, and the key it is stored under. */
async function stateOf(conversationId: string): Promise<{ key: string; document: Record<string, unknown> }> {
    const row = (await app.rows('BotStateItem')).find((item) => String(item.key).includes(conversationId) && String(item.document).includes('recentLines'));
    if (!row) throw new Error(`no conversation state for ${conversationId}`);
    return { key: String(row.key), document: JSON.parse(String(row.document)) as Record<string, unknown> };
}

test('recent lines are sealed one turn at a time, and state keeps whole turns only as far back as needed', async () => {
    const conversationId = `sms-${randomUUID()}`;
    await say('sms', conversationId, 'hello');
    const afterOne = (await stateOf(conversationId)).document.recentLines as string[];
    expect(afterOne).toHaveLength(1);
    for (let filler = 0; filler < 15; filler++) await say('sms', conversationId, 'help');
    const turns = (await stateOf(conversationId)).document.recentLines as string[];
    const counts = turns.map((turn) => Number(turn.split(':')[0]));
    const total = counts.reduce((sum, count) => sum + count, 0);
    // Enough for a ticket, and no more than one older turn's worth on top.
    expect(total).toBeGreaterThanOrEqual(RECENT_LINES);
    expect(total - counts[0]).toBeLessThan(RECENT_LINES);
    // The oldest turn ("hello") is gone; what is kept is sealed, never readable.
    expect(turns.some((turn) => turn === afterOne[0])).toBe(false);
    expect(JSON.stringify(turns)).not.toContain('help');
    // Sealed as [author, text, time] triples, not objects with field names and ISO times.
    const box = new SecretBox(resolveSecretsKey(app.config));
    const newest = JSON.parse(box.open(turns[turns.length - 1].slice(turns[turns.length - 1].indexOf(':') + 1), `recent-lines:sms/${conversationId}/+15555550123`)) as unknown[];
    expect(newest[0]).toEqual(['u', 'help', expect.any(Number)]);
    expect(newest.slice(1).every((line) => Array.isArray(line) && line[0] === 'b' && typeof line[1] === 'string')).toBe(true);
    await say('sms', conversationId, 'talk to a person');
    await say('sms', conversationId, 'never mind');
});

test('lines kept as one sealed list, as before each turn was sealed on its own, still reach the ticket', async () => {
    const conversationId = `sms-${randomUUID()}`;
    await say('sms', conversationId, 'hello');
    const { key, document } = await stateOf(conversationId);
    const box = new SecretBox(resolveSecretsKey(app.config));
    const lines = [
        { author: 'user', text: 'my card never came', at: new Date().toISOString() },
        { author: 'bot', text: 'I can help with that.', at: new Date().toISOString() },
        // A time that does not parse: the line is kept, without a time.
        { author: 'user', text: 'thanks', at: 'yesterday' },
    ];
    document.recentLines = box.seal(JSON.stringify(lines), `recent-lines:sms/${conversationId}/+15555550123`);
    const database = new Database(app.databaseFile);
    database.prepare('UPDATE "BotStateItem" SET "document" = ? WHERE "key" = ?').run(JSON.stringify(document), key);
    database.close();
    await say('sms', conversationId, 'talk to a person');
    const ticket = await ticketOf(conversationId);
    const transcript = (await app.rows('HandoffMessage')).filter((line) => line.ticketId === ticket.id && line.kind === 'transcript').map((line) => line.text);
    expect(transcript.slice(0, 3)).toEqual(['my card never came', 'I can help with that.', 'thanks']);
    expect(transcript[transcript.length - 1]).toBe('talk to a person');
    await say('sms', conversationId, 'never mind');
});

test('replies sent as plain text are in the transcript too, not only questions', async () => {
    const conversationId = `sms-${randomUUID()}`;
    await say('sms', conversationId, 'hello');
    // An empty message is answered with a plain-text reply (then the question again).
    expect((await say('sms', conversationId, '   ')).map((reply) => reply.text)).toContain(en('input.empty'));
    await say('sms', conversationId, 'talk to a person');
    const ticket = await ticketOf(conversationId);
    const transcript = (await app.rows('HandoffMessage')).filter((line) => line.ticketId === ticket.id && line.kind === 'transcript');
    expect(transcript.filter((line) => line.author === 'bot').map((line) => line.text)).toContain(en('input.empty'));
    await say('sms', conversationId, 'never mind');
});

test('an SMS user is relayed to an agent and back through the Bot Connector', async () => {
    const conversationId = `sms-${randomUUID()}`;
    await say('sms', conversationId, 'hello');
    const queued = await say('sms', conversationId, 'talk to a person');
    expect(queued.map((reply) => reply.text).join('\n')).toContain('You are number 1 in line');
    const ticketId = String((await ticketOf(conversationId)).id);

    expect((await agent.post(`/tickets/${ticketId}/accept`)).status).toBe(200);
    await agent.post(`/tickets/${ticketId}/messages`, { text: 'Hi, this is Luis.' });
    await eventually(async () => connector.repliesTo(conversationId).some((reply) => reply.text === 'Luis: Hi, this is Luis.'));

    expect(await say('sms', conversationId, 'My receipt is lost')).toEqual([]);
    await eventually(async () => (await agent.lines(ticketId)).some((line) => line.author === 'user' && line.text === 'My receipt is lost'));

    await agent.post(`/tickets/${ticketId}/close`, { resolution: 'done' });
    await eventually(async () => connector.repliesTo(conversationId).some((reply) => reply.text === en('handoff.rating.question')));
    expect((await say('sms', conversationId, '4')).map((reply) => reply.text)).toContain(en('handoff.rating.thanks'));
    expect(await ticketOf(conversationId)).toMatchObject({ rating: 4, channelId: 'sms' });
});

test('a Teams or SMS ticket carries the last lines Sendero kept, secrets replaced and bounded', async () => {
    const conversationId = `sms-${randomUUID()}`;
    await say('sms', conversationId, 'hello');
    // A code typed out of turn: never kept, on any channel.
    await say('sms', conversationId, '123456');
    for (let filler = 0; filler < 12; filler++) await say('sms', conversationId, 'help');
    await say('sms', conversationId, 'talk to a person');
    const ticket = await ticketOf(conversationId);
    const transcript = (await app.rows('HandoffMessage')).filter((line) => line.ticketId === ticket.id && line.kind === 'transcript');
    expect(transcript).toHaveLength(RECENT_LINES);
    expect(transcript[transcript.length - 1]).toMatchObject({ author: 'user', text: 'talk to a person' });
    expect(transcript.some((line) => line.author === 'bot' && String(line.text).length > 0)).toBe(true);
    expect(transcript.every((line) => String(line.text).length <= RECENT_LINE_CHARS)).toBe(true);
    expect(JSON.stringify(transcript)).not.toContain('123456');
    // The agent sees it; and the conversation state keeps no more than the bound either.
    expect((await agent.lines(String(ticket.id))).filter((line) => line.kind === 'transcript')).toHaveLength(RECENT_LINES);
    const teams = `teams-${randomUUID()}`;
    await say('msteams', teams, 'hello');
    await say('msteams', teams, '654321');
    await say('msteams', teams, 'talk to a person');
    const teamsTicketId = (await ticketOf(teams)).id;
    const teamsLines = (await app.rows('HandoffMessage')).filter((line) => line.ticketId === teamsTicketId && line.kind === 'transcript');
    expect(teamsLines.map((line) => line.author)).toEqual(expect.arrayContaining(['user', 'bot']));
    expect(teamsLines.map((line) => line.text)).toEqual(expect.arrayContaining(['hello', '••••••••', 'talk to a person']));
    expect(JSON.stringify(teamsLines)).not.toContain('654321');
    const stored = JSON.stringify(await app.rows('BotStateItem'));
    expect(stored).not.toContain('654321');
    expect(stored).not.toContain('123456');
    await say('sms', conversationId, 'never mind');
    await say('msteams', teams, 'never mind');
});

test('a hub channel gets handoff.initiate with the transcript, and its handoff.status events are honoured', async () => {
    const conversationId = `hub-${randomUUID()}`;
    await say('contactcentre', conversationId, 'hello');
    const replies = await say('contactcentre', conversationId, 'talk to a person');
    const initiate = replies.find((reply) => reply.type === 'event' && reply.name === 'handoff.initiate');
    expect(initiate).toBeDefined();
    expect(initiate?.attachments?.[0]).toMatchObject({ contentType: 'application/json', name: 'Transcript' });
    expect(initiate?.value).toMatchObject({ ticketId: expect.any(String), reason: 'asked', language: 'en' });
    expect(await ticketOf(conversationId)).toMatchObject({ handledBy: 'hub', status: 'waiting' });

    const accepted = await post('contactcentre', conversationId, { type: 'event', name: 'handoff.status', value: { state: 'accepted' } });
    expect(accepted.map((reply) => reply.text)).toContain(en('handoff.hub.accepted'));
    expect(await ticketOf(conversationId)).toMatchObject({ status: 'active' });
    expect(await say('contactcentre', conversationId, 'still there?')).toEqual([]);

    const completed = await post('contactcentre', conversationId, { type: 'event', name: 'handoff.status', value: { state: 'completed' } });
    expect(completed.map((reply) => reply.text)).toEqual(expect.arrayContaining([en('handoff.handedBack'), en('handoff.rating.question')]));
    expect(await ticketOf(conversationId)).toMatchObject({ status: 'closed', closedBy: 'hub' });

    // failed: the ticket is withdrawn and the bot takes over again.
    const second = `hub-${randomUUID()}`;
    await say('contactcentre', second, 'talk to a person');
    const failed = await post('contactcentre', second, { type: 'event', name: 'handoff.status', value: { state: 'failed' } });
    expect(failed.map((reply) => reply.text)).toContain(en('handoff.hub.failed'));
    expect(await ticketOf(second)).toMatchObject({ status: 'cancelled', closedBy: 'hub' });
});

test('every ticket event is POSTed to the webhook, signed over the raw body with a timestamp', async () => {
    const chat = await DirectLineTestClient.open(app.url, 'en-US');
    await chat.botReplies();
    await chat.send('talk to a person');
    const ticketId = String((await ticketOf(chat.conversationId)).id);
    const created = await eventually(async () => hooks.find((hook) => hook.body.includes(ticketId) && hook.body.includes('"ticket.created"')));
    expect(verifyWebhook(WEBHOOK_SECRET, created, created.body)).toBe(true);
    expect(JSON.parse(created.body)).toMatchObject({ event: 'ticket.created', ticketId, data: { reason: 'asked', language: 'en' } });
    // A changed body, another secret, or a replay long after the timestamp are all refused by a receiver.
    expect(verifyWebhook(WEBHOOK_SECRET, created, created.body.replace('asked', 'other'))).toBe(false);
    expect(verifyWebhook('another-secret-entirely', created, created.body)).toBe(false);
    expect(verifyWebhook(WEBHOOK_SECRET, created, created.body, new Date(Number(created.timestamp) * 1000 + 3600 * 1000))).toBe(false);
    await chat.send('never mind');
    await eventually(async () => hooks.find((hook) => hook.body.includes(ticketId) && hook.body.includes('"ticket.cancelled"')));
});

describe('after hours', () => {
    let closedApp: TestApp;
    beforeAll(async () => {
        // Closed today and the next two days (holidays in New York), open every hour otherwise.
        const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(Date.now() + offset * 86400000));
        closedApp = await startTestApp({ HELPDESK_SCHEDULE: 'Mon-Sun 00:00-24:00', HELPDESK_HOLIDAYS: [day(0), day(1), day(2)].join(',') });
        await closedApp.helpDesk.agents.create({ username: 'night', displayName: 'Night', password: AGENT_PASSWORD });
    });
    afterAll(async () => closedApp?.dispose());

    test('the user hears when people are back and may leave a message, which becomes a ticket', async () => {
        const chat = await DirectLineTestClient.open(closedApp.url, 'en-US');
        await chat.botReplies();
        const closed = (await chat.send('talk to a person')).map(replyText).join('\n');
        expect(closed).toMatch(/Our help desk is closed now\. People are back \w+day/);
        expect(closed).toContain(en('handoff.afterHours.leaveMessage'));
        expect((await chat.send('yes')).map(replyText).join('\n')).toContain(en('handoff.afterHours.askMessage'));
        expect((await chat.send('Please call me about my I-130.')).map(replyText).join('\n')).toContain(en('handoff.afterHours.saved'));
        const ticket = (await closedApp.rows('HandoffTicket')).find((row) => String(row.conversationKey).includes(chat.conversationId));
        expect(ticket).toMatchObject({ status: 'message', reason: 'afterHours' });
        const lines = await closedApp.rows('HandoffMessage');
        expect(lines.some((line) => line.ticketId === ticket?.id && line.text === 'Please call me about my I-130.')).toBe(true);
    });

    test('a message left by someone who may be in danger: the line to call at once, the message kept, marked for the desk', async () => {
        const chat = await DirectLineTestClient.open(closedApp.url, 'en-US');
        await chat.botReplies();
        await chat.send('talk to a person');
        await chat.send('yes');
        const message = 'My husband hits me, please call me back';
        expect((await chat.send(message)).map(replyText)).toEqual([en('safety.abuse.answer'), en('handoff.afterHours.saved'), expect.stringContaining(en('menu.prompt'))]);
        const ticket = (await closedApp.rows('HandoffTicket')).find((row) => String(row.conversationKey).includes(chat.conversationId));
        expect(ticket).toMatchObject({ status: 'message', reason: 'safety' });
        const lines = await closedApp.rows('HandoffMessage');
        expect(lines.some((line) => line.ticketId === ticket?.id && line.text === message)).toBe(true);
    });
});
