import crypto from 'node:crypto';
import { freePort, startChildServer, type ChildServer } from '../support/childServer';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { createMigratedTestDatabase, describeWithPostgres, type TestDatabase } from '../support/testPostgres';
import { testHasher } from '../support/testHasher';
import { SecretBox } from '../../services/accounts/secretBox';
import { AgentAccounts } from '../../services/handoff/agentAccounts';
import { RateLimiter } from '../../services/limits/rateLimiter';
import { createRepositories } from '../../store/repositories';
import { openStore, type StoreClient } from '../../store/storeClient';
import { AGENT_PASSWORD, AgentConsoleClient, currentCode, eventually } from './agentConsoleClient';

/**
 * Two Sendero processes on one PostgreSQL database: the user chats with process A, the agent's console is served by
 * process B. Everything crosses through the store (the relay claims undelivered lines; the console reads lines), so
 * messages go both ways and the hand-back reaches the user although no process holds the other's state.
 */
describeWithPostgres('the handoff relay across two server processes', () => {
    const secretsKey = crypto.randomBytes(32).toString('base64');
    let database: TestDatabase;
    let store: StoreClient;
    let userSide: ChildServer;
    let agentSide: ChildServer;
    let key: string;

    beforeAll(async () => {
        database = await createMigratedTestDatabase();
        store = await openStore(database.url);
        const repositories = createRepositories(store);
        const accounts = new AgentAccounts({
            agents: repositories.agents,
            sessions: repositories.agentSessions,
            signInLocks: repositories.signInLocks,
            limiter: new RateLimiter(repositories.rateLimits),
            hasher: testHasher(),
            secretBox: new SecretBox(Buffer.from(secretsKey, 'base64')),
            issuer: 'Test',
            now: () => new Date(),
        });
        key = (await accounts.create({ username: 'ana', displayName: 'Ana', password: AGENT_PASSWORD })).manualEntryKey;
        // Instances behind one load balancer share the public origin (links and web-chat references name it).
        const [userPort, agentPort] = [await freePort(), await freePort()];
        const env = { DATABASE_URL: database.url, SECRETS_KEY: secretsKey, HELPDESK_SCHEDULE: 'Mon-Sun 00:00-24:00', PUBLIC_BASE_URL: `http://127.0.0.1:${userPort}` };
        [userSide, agentSide] = await Promise.all([startChildServer({ ...env, PORT: String(userPort) }), startChildServer({ ...env, PORT: String(agentPort) })]);
    }, 60000);

    afterAll(async () => {
        for (const server of [userSide, agentSide]) {
            server?.process.kill('SIGTERM');
            await server?.exited;
        }
        await store?.$disconnect();
        await database?.dispose();
    });

    test('an agent on one process and a user on another exchange messages, and the hand-back reaches the user', async () => {
        const chat = await DirectLineTestClient.open(userSide.url, 'en-US');
        await chat.botReplies();
        expect((await chat.send('talk to a person')).map(replyText).join('\n')).toContain('You are number 1 in line');

        const agent = new AgentConsoleClient(agentSide.url);
        expect(await agent.signIn('ana', AGENT_PASSWORD, currentCode(key))).toBe(200);
        const [ticket] = await agent.queue();
        expect(ticket).toMatchObject({ status: 'waiting', channelId: 'directline' });
        expect((await agent.post(`/tickets/${ticket.id}/accept`)).status).toBe(200);
        await agent.post(`/tickets/${ticket.id}/messages`, { text: 'Hi from process B' });

        const seen: string[] = [];
        await eventually(async () => {
            seen.push(...(await chat.botReplies()).map(replyText));
            return seen.includes('Ana: Hi from process B');
        }, 15000);

        expect(await chat.send('Hello from process A')).toEqual([]);
        await eventually(async () => (await agent.lines(ticket.id)).some((line) => line.text === 'Hello from process A'));

        await agent.post(`/tickets/${ticket.id}/close`, { resolution: 'done' });
        await eventually(async () => {
            seen.push(...(await chat.botReplies()).map(replyText));
            return seen.some((text) => text.includes('How happy are you'));
        }, 15000);
        expect((await chat.send('4')).map(replyText)).toContain('Thank you for your answer.');
        expect((await database.query('SELECT rating FROM "HandoffTicket" WHERE id = $1', [ticket.id]))[0]).toEqual({ rating: 4 });
    }, 60000);
});
