import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { en, es } from '../support/dialogHarness';
import { startTestApp, type TestApp } from '../support/testApp';
import { AGENT_PASSWORD, AgentConsoleClient, currentCode, eventually } from './agentConsoleClient';

/**
 * The help-desk handoff end to end on the real server: a user asks for a person (English and Spanish), hears their
 * place in the queue, can say "never mind", is offered a person after answers the bot cannot understand, and an
 * agent (through the console's API) accepts, chats both ways, closes, and the bot asks for a rating.
 */
let app: TestApp;
let agent: AgentConsoleClient;

beforeAll(async () => {
    app = await startTestApp({ HELPDESK_SCHEDULE: 'Mon-Sun 00:00-24:00' });
    const enrolment = await app.helpDesk.agents.create({ username: 'ana', displayName: 'Ana', password: AGENT_PASSWORD });
    agent = new AgentConsoleClient(app.url);
    expect(await agent.signIn('ana', AGENT_PASSWORD, currentCode(enrolment.manualEntryKey))).toBe(200);
});
afterAll(async () => {
    await app?.dispose();
});

async function texts(replies: Promise<Array<Record<string, unknown>>> | Array<Record<string, unknown>>): Promise<string> {
    return (await replies).map((reply) => replyText(reply)).join('\n');
}

async function ticketOf(conversationId: string): Promise<Record<string, unknown>> {
    const rows = await app.rows('HandoffTicket');
    const ticket = rows.find((row) => String(row.conversationKey).includes(conversationId));
    if (!ticket) throw new Error(`no ticket for ${conversationId}`);
    return ticket;
}

async function withdraw(chat: DirectLineTestClient): Promise<void> {
    await chat.send('never mind');
}

describe('asking for a person', () => {
    it('queues an English user and then a Spanish one behind them, each told their place and the wait', async () => {
        const first = await DirectLineTestClient.open(app.url, 'en-US');
        await first.botReplies();
        const firstReply = await texts(first.send('talk to a person'));
        expect(firstReply).toContain(en('handoff.queued', { position: 1, count: 6 }));

        const second = await DirectLineTestClient.open(app.url, 'es-MX');
        await second.botReplies();
        const secondReply = await texts(second.send('hablar con una persona'));
        expect(secondReply).toContain(es('handoff.queued', { position: 2, count: 12 }));

        const ticket = await ticketOf(second.conversationId);
        expect(ticket).toMatchObject({ language: 'es', channelId: 'directline', reason: 'asked', status: 'waiting' });
        const queue = await agent.queue();
        expect(queue.map((item) => item.language)).toEqual(expect.arrayContaining(['en', 'es']));

        await withdraw(first);
        await withdraw(second);
    });

    it('a person asked for in a language: the conversation switches to it, and the ticket says so for the desk', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'en-US');
        await chat.botReplies();
        const reply = await texts(chat.send('I need to talk to someone who speaks Spanish'));
        expect(reply).toContain(es('language.changed'));
        expect(reply).toContain(es('handoff.queued', { position: 1, count: 6 }));
        expect(await ticketOf(chat.conversationId)).toMatchObject({ language: 'es', reason: 'asked', status: 'waiting' });
        await withdraw(chat);
    });

    it('keeps messages typed while waiting for the agent, and runs no dialog for them', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'en-US');
        await chat.botReplies();
        await chat.send('talk to a person');
        const reply = await texts(chat.send('check my case status'));
        expect(reply).toContain('The help desk will see your message');
        expect(reply).not.toContain(en('caseStatus.askReceipt', { defaultValue: '__none__' }));
        const ticket = await ticketOf(chat.conversationId);
        expect((await agent.lines(String(ticket.id))).map((line) => line.text)).toContain('check my case status');
        await withdraw(chat);
    });

    it('"never mind" while waiting withdraws the ticket and goes back to the question', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'en-US');
        await chat.botReplies();
        await chat.send('talk to a person');
        const reply = await texts(chat.send('never mind'));
        expect(reply).toContain(en('handoff.neverMind.done'));
        expect(reply).toContain(en('menu.prompt'));
        expect(await ticketOf(chat.conversationId)).toMatchObject({ status: 'cancelled', closedBy: 'user' });
        // The bot answers again.
        expect(await texts(chat.send('help'))).not.toContain('help desk will see');
    });

    it('offers a person after three failed tries at one question, and records why', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'en-US');
        await chat.botReplies();
        await chat.send('check a case status');
        expect(await texts(chat.send('abc'))).not.toContain('help from a person');
        expect(await texts(chat.send('abcd'))).not.toContain('help from a person');
        const offer = await texts(chat.send('abcde'));
        expect(offer).toContain(en('handoff.offer.retries', { option: en('menu.options.talkToPerson.title') }));
        await chat.send(en('menu.options.talkToPerson.title'));
        const ticket = await ticketOf(chat.conversationId);
        expect(ticket).toMatchObject({ reason: 'retries', status: 'waiting' });
        expect(JSON.parse(String(ticket.summary))).toMatchObject({ flow: expect.any(String), step: expect.any(String) });
        // "never mind" goes back to the same question.
        expect(await texts(chat.send('never mind'))).toContain('What is the receipt number?');
    });
});

describe('an agent takes the conversation', () => {
    it('relays messages both ways, hands back on close and stores the rating', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'en-US');
        await chat.botReplies();
        await chat.send('talk to a person');
        await chat.send('My card never came.');
        const ticketId = String((await ticketOf(chat.conversationId)).id);

        expect((await agent.post(`/tickets/${ticketId}/accept`)).status).toBe(200);
        await eventually(async () => (await texts(chat.botReplies())).includes(en('handoff.joined', { name: 'Ana' })));

        expect((await agent.post(`/tickets/${ticketId}/messages`, { text: 'Hello, I can help with that.' })).status).toBe(200);
        await eventually(async () => (await texts(chat.botReplies())).includes('Ana: Hello, I can help with that.'));

        // While the agent holds the chat, "help" is for the agent, not a command for the bot.
        expect(await chat.send('help')).toEqual([]);
        await eventually(async () => (await agent.lines(ticketId)).some((line) => line.author === 'user' && line.text === 'help'));
        expect((await agent.post(`/tickets/${ticketId}/notes`, { text: 'Card mailed in May' })).status).toBe(200);

        expect((await agent.post(`/tickets/${ticketId}/close`, { resolution: 'Explained the card timeline' })).status).toBe(200);
        const handBack = await eventually(async () => {
            const said = await texts(chat.botReplies());
            return said.includes(en('handoff.rating.question')) ? said : undefined;
        });
        expect(handBack).toContain(en('handoff.handedBack'));
        expect(await texts(chat.send('5'))).toContain(en('handoff.rating.thanks'));
        expect(await ticketOf(chat.conversationId)).toMatchObject({ status: 'closed', closedBy: 'agent', rating: 5, resolution: 'Explained the card timeline' });
        // The note stayed private: it never reached the user.
        expect((await chat.history()).some((activity) => String(activity.text ?? '').includes('Card mailed'))).toBe(false);
    });

    it('lets the user end the chat with "end chat", then asks for the rating', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'en-US');
        await chat.botReplies();
        await chat.send('talk to a person');
        const ticketId = String((await ticketOf(chat.conversationId)).id);
        await agent.post(`/tickets/${ticketId}/accept`);
        const reply = await texts(chat.send('end chat'));
        expect(reply).toContain(en('handoff.endChat.done'));
        expect(reply).toContain(en('handoff.rating.question'));
        expect(await ticketOf(chat.conversationId)).toMatchObject({ status: 'closed', closedBy: 'user' });
    });
});
