import type { Browser, Page } from 'playwright-core';
import { AGENT_PASSWORD, currentCode, eventually } from '../handoff/agentConsoleClient';
import { en, es } from '../support/dialogHarness';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { launchChromium } from '../support/chromium';
import { startTestApp, type TestApp } from '../support/testApp';

// A browser flow of many steps, each with its own wait: on a loaded two-core CI machine (browsers, the scale and fuzz
// suites at once) the whole flow needs more than jest's 30 s default, as the other browser suites have.
jest.setTimeout(120_000);

/**
 * Two real pages on one server: a user in the chat widget at / and an agent in the console at /agent. They exchange
 * messages both ways, the agent closes the chat, the bot asks for a rating in the widget; a <script> the user typed
 * shows as text in the console and never runs.
 */
const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>bold</b>';

let app: TestApp;
let browser: Browser;
let key: string;

beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ HELPDESK_SCHEDULE: 'Mon-Sun 00:00-24:00' }), launchChromium()]);
    key = (await app.helpDesk.agents.create({ username: 'ana', displayName: 'Ana', password: AGENT_PASSWORD })).manualEntryKey;
});
afterAll(async () => {
    await browser?.close();
    await app?.dispose();
});

async function send(page: Page, text: string): Promise<void> {
    await page.locator(SEND_BOX).fill(text);
    await page.locator(SEND_BOX).press('Enter');
}

function bubble(page: Page, text: string) {
    return page.locator('p', { hasText: text }).first();
}

test('a user and an agent chat both ways, the agent hands back, and the user rates the help', async () => {
    const userContext = await browser.newContext({ locale: 'en-US' });
    const agentContext = await browser.newContext({ locale: 'en-US' });
    try {
        const user = await userContext.newPage();
        await user.goto(`${app.url}/`);
        await bubble(user, 'Never type your password').waitFor({ timeout: 15000 });
        await send(user, 'talk to a person');
        await bubble(user, 'You are number 1 in line').waitFor({ timeout: 10000 });
        await send(user, HOSTILE);
        await bubble(user, 'The help desk will see your message').waitFor({ timeout: 10000 });

        const agent = await agentContext.newPage();
        await agent.goto(`${app.url}/agent`);
        await agent.locator('#username').fill('ana');
        await agent.locator('#password').fill(AGENT_PASSWORD);
        await agent.locator('#code').fill(currentCode(key));
        await agent.locator('#sign-in-form button[type="submit"]').click();
        await agent.locator('#queue button').first().waitFor({ timeout: 10000 });
        await expect(agent.locator('#queue button').first().textContent()).resolves.toContain('Waiting · en · directline · Asked');
        await agent.locator('#queue button').first().click();

        // The user's markup is text in the console: nothing ran, no element was made from it.
        const hostileLine = agent.locator('#lines li', { hasText: '<script>window.__pwned = 1</script>' });
        await hostileLine.waitFor({ timeout: 10000 });
        await expect(hostileLine.locator('.text').textContent()).resolves.toBe(HOSTILE);
        await expect(agent.locator('#lines b, #lines img, #lines script').count()).resolves.toBe(0);
        await expect(agent.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();

        await agent.locator('#accept').click();
        await bubble(user, 'Ana from the help desk has joined').waitFor({ timeout: 10000 });

        await agent.locator('#reply').fill('Hello! I can help you with your case.');
        await agent.locator('#reply-form button').click();
        await bubble(user, 'Ana: Hello! I can help you with your case.').waitFor({ timeout: 10000 });

        await send(user, 'Thank you, my receipt is EAC9999103403');
        await agent.locator('#lines li', { hasText: 'Thank you, my receipt is EAC9999103403' }).waitFor({ timeout: 10000 });

        await agent.locator('#note').fill('Checked the case');
        await agent.locator('#note-form button').click();
        await agent.locator('#lines li.note', { hasText: 'Checked the case' }).waitFor({ timeout: 10000 });

        await agent.locator('#resolution').fill('Answered the question');
        await agent.locator('#close-form button').click();
        await bubble(user, en('handoff.handedBack')).waitFor({ timeout: 10000 });
        await bubble(user, 'How happy are you with the help you got?').waitFor({ timeout: 10000 });
        await send(user, '5');
        await bubble(user, en('handoff.rating.thanks')).waitFor({ timeout: 10000 });
        const ticket = await eventually(async () => (await app.rows('HandoffTicket')).find((row) => row.rating === 5));
        expect(ticket).toMatchObject({ status: 'closed', closedBy: 'agent', resolution: 'Answered the question' });
        // The private note never reached the widget.
        await expect(user.locator('p', { hasText: 'Checked the case' }).count()).resolves.toBe(0);
    } finally {
        await userContext.close();
        await agentContext.close();
    }
});

test('the console speaks the agent\'s language (?lang= or Accept-Language), and its queue updates live without a reload', async () => {
    const other = await app.helpDesk.agents.create({ username: 'lucia', displayName: 'Lucía', password: AGENT_PASSWORD });
    // The browser asks for Spanish (Accept-Language); ?lang= overrides it.
    const agentContext = await browser.newContext({ locale: 'es-ES' });
    try {
        const page = await agentContext.newPage();
        const english = await (await fetch(`${app.url}/agent?lang=en`)).text();
        expect(english).toContain(`<button type="submit">${en('handoff.console.signIn')}</button>`);
        expect(english).toContain('<html lang="en" dir="ltr">');
        await page.goto(`${app.url}/agent`);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
        await expect(page.locator('#sign-in h1').textContent()).resolves.toBe(es('handoff.console.signInTitle'));
        await page.locator('#username').fill('lucia');
        await page.locator('#password').fill(AGENT_PASSWORD);
        await page.locator('#code').fill(currentCode(other.manualEntryKey));
        await page.locator('#sign-in-form button[type="submit"]').click();
        await page.locator('#console').waitFor({ state: 'visible', timeout: 10000 });
        await expect(page.locator('#queue-title').textContent()).resolves.toBe(es('handoff.console.queue'));
        const before = await page.locator('#queue button').count();

        // A user asks for a person while the page is open: the queue shows it without a reload.
        const chat = await DirectLineTestClient.open(app.url, 'es-MX');
        await chat.botReplies();
        await chat.send('hablar con una persona');
        await eventually(async () => (await page.locator('#queue button').count()) > before, 10000);
        const newest = page.locator('#queue button').last();
        await expect(newest.textContent()).resolves.toContain(`${es('handoff.console.statusWaiting')} · es · directline · ${es('handoff.console.reasons.asked')}`);
        // The user withdraws: the queue drops it, again live.
        await chat.send('no importa');
        await eventually(async () => (await page.locator('#queue button').count()) === before, 10000);
    } finally {
        await agentContext.close();
    }
});

test('a conversation opened while the page also polls shows each line once, whichever answer comes first', async () => {
    const chat = await DirectLineTestClient.open(app.url, 'en-US');
    await chat.botReplies();
    await chat.send('talk to a person');
    await chat.send('My line that must show once');
    // An agent of its own: a code signs in once, and the first test used Ana's.
    const agent = await app.helpDesk.agents.create({ username: 'marta', displayName: 'Marta', password: AGENT_PASSWORD });
    const agentContext = await browser.newContext({ locale: 'en-US' });
    try {
        const page = await agentContext.newPage();
        // The first read of the conversation answers late, so the page's poll reads the same lines and shows them
        // first: the late answer must not show them again.
        let delayed = false;
        await page.route('**/agent/api/tickets/*?after=0', async (route) => {
            if (delayed) return route.continue();
            delayed = true;
            const response = await route.fetch();
            await new Promise((resolve) => setTimeout(resolve, 2500));
            await route.fulfill({ response });
        });
        await openNewestWaiting(page, 'marta', agent.manualEntryKey);
        const line = page.locator('#lines li', { hasText: 'My line that must show once' });
        await line.first().waitFor({ timeout: 10000 });
        await eventually(async () => delayed, 10000);
        // Past the late answer: still one.
        await page.waitForTimeout(3500);
        await expect(line.count()).resolves.toBe(1);
    } finally {
        await agentContext.close();
    }
});

/** Signs the console page in as `username`. */
async function signIn(page: Page, username: string, totpKey: string): Promise<void> {
    await page.goto(`${app.url}/agent`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(AGENT_PASSWORD);
    await page.locator('#code').fill(currentCode(totpKey));
    await page.locator('#sign-in-form button[type="submit"]').click();
}

/** Signs the console page in as `username` and opens the newest waiting conversation. */
async function openNewestWaiting(page: Page, username: string, totpKey: string): Promise<void> {
    await signIn(page, username, totpKey);
    const newest = page.locator('#queue button', { hasText: 'Waiting · en · directline · Asked' }).last();
    await newest.waitFor({ timeout: 10000 });
    await newest.click();
}

test('a line the first read did not have yet (committed late) comes with a later read, in its place and once', async () => {
    const chat = await DirectLineTestClient.open(app.url, 'en-US');
    await chat.botReplies();
    await chat.send('talk to a person');
    await chat.send('The line that committed late');
    await chat.send('The line after it');
    const agent = await app.helpDesk.agents.create({ username: 'lena', displayName: 'Lena', password: AGENT_PASSWORD });
    const agentContext = await browser.newContext({ locale: 'en-US' });
    try {
        const page = await agentContext.newPage();
        // The first read answers as the store would have between two commits: without the earlier line, which took the
        // lower id but committed after the later one (two processes writing at once, on PostgreSQL).
        let withheld = false;
        await page.route('**/agent/api/tickets/*?after=0', async (route) => {
            const response = await route.fetch();
            const body = (await response.json()) as { lines: Array<{ text: string }> };
            const lines = body.lines.filter((line) => line.text !== 'The line that committed late');
            withheld ||= lines.length < body.lines.length;
            await route.fulfill({ response, json: { ...body, lines } });
        });
        await openNewestWaiting(page, 'lena', agent.manualEntryKey);
        await page.locator('#lines li', { hasText: 'The line after it' }).waitFor({ timeout: 10000 });
        expect(withheld).toBe(true);
        // The page's poll reads after the highest id it has, and also the last moments' lines: the late one comes.
        await page.locator('#lines li', { hasText: 'The line that committed late' }).waitFor({ timeout: 10000 });
        await page.waitForTimeout(1500);
        const texts = await page.locator('#lines li .text').allTextContents();
        expect(texts.filter((text) => text === 'The line that committed late')).toHaveLength(1);
        expect(texts.filter((text) => text === 'The line after it')).toHaveLength(1);
        expect(texts.indexOf('The line that committed late')).toBe(texts.indexOf('The line after it') - 1);
    } finally {
        await agentContext.close();
    }
});

test('someone waiting who may be in danger gets the line to call at once, and goes first in the queue, marked so', async () => {
    const earlier = await DirectLineTestClient.open(app.url, 'en-US');
    await earlier.botReplies();
    await earlier.send('talk to a person');
    const chat = await DirectLineTestClient.open(app.url, 'en-US');
    await chat.botReplies();
    await chat.send('talk to a person');
    // Before: "Got it. The help desk will see your message", in line behind everyone who asked earlier.
    const replies = (await chat.send('I just want to die')).map(replyText);
    expect(replies[0]).toBe(en('safety.selfHarm.answer'));
    expect(replies[1]).toContain('You are number 1 in line');
    const agent = await app.helpDesk.agents.create({ username: 'rosa', displayName: 'Rosa', password: AGENT_PASSWORD });
    const agentContext = await browser.newContext({ locale: 'en-US' });
    try {
        const page = await agentContext.newPage();
        await signIn(page, 'rosa', agent.manualEntryKey);
        const first = page.locator('#queue li').first();
        await first.waitFor({ timeout: 10000 });
        await expect(first.getAttribute('class')).resolves.toBe('urgent');
        await expect(first.textContent()).resolves.toContain(`Waiting · en · directline · ${en('handoff.console.reasons.safety')}`);
        await expect(page.locator('#queue li.urgent').count()).resolves.toBe(1);
    } finally {
        await agentContext.close();
    }
});
