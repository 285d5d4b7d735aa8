import { DirectLineTestClient } from '../support/directLineClient';
import { startTestApp, type TestApp } from '../support/testApp';
import { AGENT_PASSWORD, AgentConsoleClient, currentCode } from '../handoff/agentConsoleClient';

/**
 * Attacks on the agent console, each reproduced and shown to fail: no session, a wrong authenticator code, a wrong
 * password guessed over and over (locked like user sign-in), a replayed code, a forged or missing CSRF token, a
 * cross-site POST, and secrets in the logs.
 */
let app: TestApp;
let key: string;

beforeAll(async () => {
    app = await startTestApp({ HELPDESK_SCHEDULE: 'Mon-Sun 00:00-24:00' });
    key = (await app.helpDesk.agents.create({ username: 'rosa', displayName: 'Rosa', password: AGENT_PASSWORD })).manualEntryKey;
    await app.helpDesk.agents.create({ username: 'target', displayName: 'Target', password: AGENT_PASSWORD });
});
afterAll(async () => app?.dispose());

async function waitingTicketId(): Promise<string> {
    const chat = await DirectLineTestClient.open(app.url, 'en-US');
    await chat.botReplies();
    await chat.send('talk to a person');
    const ticket = (await app.rows('HandoffTicket')).find((row) => String(row.conversationKey).includes(chat.conversationId));
    return String(ticket?.id);
}

test('without a session every console API answers 401 and shows nothing', async () => {
    const ticketId = await waitingTicketId();
    const anonymous = new AgentConsoleClient(app.url);
    expect((await anonymous.get('/queue')).status).toBe(401);
    expect((await anonymous.get(`/tickets/${ticketId}`)).status).toBe(401);
    expect((await anonymous.post(`/tickets/${ticketId}/accept`)).status).toBe(401);
    anonymous.cookie = 'sendero_agent=forged-token-value';
    expect((await anonymous.get('/queue')).status).toBe(401);
});

test('a right password with a wrong authenticator code is refused, and the code is good only once', async () => {
    const client = new AgentConsoleClient(app.url);
    const wrong = String((Number(currentCode(key)) + 1) % 1000000).padStart(6, '0');
    expect(await client.signIn('rosa', AGENT_PASSWORD, wrong)).toBe(401);
    expect(client.cookie).toBe('');
    const code = currentCode(key);
    expect(await client.signIn('rosa', AGENT_PASSWORD, code)).toBe(200);
    // The same code replayed by someone who saw it.
    expect(await new AgentConsoleClient(app.url).signIn('rosa', AGENT_PASSWORD, code)).toBe(401);
});

test('wrong passwords lock the username after five tries, even with the right password afterwards', async () => {
    const client = new AgentConsoleClient(app.url);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) statuses.push(await client.signIn('target', `guess number ${attempt}`, '123456'));
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4)).toEqual([429, 429]);
    expect(await client.signIn('target', AGENT_PASSWORD, '000000')).toBe(429);
});

test('a state change with a forged, missing or other session\'s CSRF token is refused', async () => {
    const ticketId = await waitingTicketId();
    const client = new AgentConsoleClient(app.url);
    // A second agent: rosa's current code was used above, and a code is good once.
    const other = await app.helpDesk.agents.create({ username: 'mika', displayName: 'Mika', password: AGENT_PASSWORD });
    expect(await client.signIn('mika', AGENT_PASSWORD, currentCode(other.manualEntryKey))).toBe(200);
    expect((await client.post(`/tickets/${ticketId}/accept`, {}, 'forged-token')).status).toBe(403);
    expect((await client.post(`/tickets/${ticketId}/accept`, {}, '')).status).toBe(403);
    // A cross-site page posting with the cookie (browsers mark it) is refused even with a token.
    const crossSite = await fetch(`${app.url}/agent/api/tickets/${ticketId}/accept`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: client.cookie, 'X-CSRF-Token': client.csrfToken, 'Sec-Fetch-Site': 'cross-site' },
        body: '{}',
    });
    expect(crossSite.status).toBe(403);
    expect((await app.rows('HandoffTicket')).find((row) => row.id === ticketId)).toMatchObject({ status: 'waiting', agentId: null });
    // The real token works.
    expect((await client.post(`/tickets/${ticketId}/accept`)).status).toBe(200);
});

test('the session cookie is httpOnly and SameSite=Strict (and Secure behind https), and no password or code reaches the logs', async () => {
    const signIn = (base: string, username: string, secret: string) =>
        fetch(`${base}/agent/api/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: AGENT_PASSWORD, code: currentCode(secret) }) });
    const plain = await app.helpDesk.agents.create({ username: 'plain', displayName: 'Plain', password: AGENT_PASSWORD });
    const cookie = (await signIn(app.url, 'plain', plain.manualEntryKey)).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sendero_agent=[^;]+;.*HttpOnly/);
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    const httpsApp = await startTestApp({ PUBLIC_BASE_URL: 'https://help.example.org' });
    try {
        const secure = await httpsApp.helpDesk.agents.create({ username: 'secure', displayName: 'Secure', password: AGENT_PASSWORD });
        const secureCookie = (await signIn(httpsApp.url, 'secure', secure.manualEntryKey)).headers.get('set-cookie') ?? '';
        expect(secureCookie).toMatch(/^__Host-sendero_agent=[^;]+;.*HttpOnly/);
        expect(secureCookie).toContain('Secure');
        expect(secureCookie).toContain('SameSite=Strict');
    } finally {
        await httpsApp.dispose();
    }

    const response = await fetch(`${app.url}/agent/api/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'rosa', password: 'not-the-password-xyz', code: '654321' }),
    });
    expect(response.status).toBe(401);
    const logged = JSON.stringify(app.logs);
    expect(logged).not.toContain(AGENT_PASSWORD);
    expect(logged).not.toContain('not-the-password-xyz');
    expect(logged).not.toContain('654321');
});
