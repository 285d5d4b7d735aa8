import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Activity } from 'botbuilder';
import { startLocalSmtpServer, type LocalSmtpServer } from '../services/notifications/localSmtpServer';
import { en } from '../support/dialogHarness';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { waitForQueueDrained } from '../support/outbox';
import { createMigratedDatabase, startTestApp, type TestApp } from '../support/testApp';

/**
 * The attack: with a real mail server that is slow to accept, the chat answered an address with an account later
 * than one without (the code was sent before the answer), which told the two apart. Now the answer only queues the
 * message; the notification worker sends it afterwards, with retries, and a queued message survives a restart.
 * Each test is ordered by events (the server holds or refuses the message), never by a measured time.
 */
// Start-ups, a retry and a restart on a busy machine; nothing here asserts a duration.
jest.setTimeout(90_000);

const texts = (replies: Partial<Activity>[]) => replies.filter((reply) => reply.type === 'message').map(replyText);

/** Opens a web chat and asks to create an account with `email`; returns what the bot answered to the address. */
async function askToRegister(app: TestApp, email: string): Promise<string> {
    const chat = await DirectLineTestClient.open(app.url);
    await chat.botReplies();
    let asked = texts(await chat.send('2')).join('\n');
    // "Create an account" may first ask which account; the second choice is the organisation's own.
    if (!asked.includes(en('createAccount.email.prompt'))) asked = texts(await chat.send('2')).join('\n');
    expect(asked).toContain(en('createAccount.email.prompt'));
    return texts(await chat.send(email)).join('\n');
}

/** The QueuedNotification table as text (every column of every row). */
function queueTable(databaseFile: string): string {
    const db = new Database(databaseFile, { readonly: true });
    try {
        return JSON.stringify(db.prepare('SELECT * FROM "QueuedNotification"').all());
    } finally {
        db.close();
    }
}

function queueRows(databaseFile: string): Array<{ status: string; attempts: number; sealedBody: string | null; lastError: string | null }> {
    const db = new Database(databaseFile, { readonly: true });
    try {
        return db.prepare('SELECT status, attempts, sealedBody, lastError FROM "QueuedNotification"').all() as ReturnType<typeof queueRows>;
    } finally {
        db.close();
    }
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (!(await condition())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}

const codeIn = (smtp: LocalSmtpServer, index = 0) => smtp.received[index]?.mail.text?.match(/\b(\d{3}\s?\d{3})\b/)?.[1]?.replace(/\s/g, '');

describe('an answer never waits for the mail server', () => {
    let smtp: LocalSmtpServer;
    let apps: TestApp[] = [];
    const smtpEnv = () => ({ SMTP_URL: `smtp://u:p@127.0.0.1:${smtp.port}`, MAIL_FROM: 'no-reply@sendero.test', ACCOUNT_RESPONSE_FLOOR_MS: '0' });

    afterEach(async () => {
        smtp.release();
        for (const app of apps) await app.dispose();
        apps = [];
        await smtp.close();
    });

    test('the chat answers while the server still holds the code, and the code arrives once released', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p', hold: true });
        const app = await startTestApp(smtpEnv());
        apps.push(app);
        const email = 'slow.server@example.org';

        const answer = await askToRegister(app, email);
        expect(answer).toContain(en('createAccount.email.sent', { email }));
        // The answer is here, and the server has not accepted the message: the turn did not wait for the send.
        expect(smtp.received).toHaveLength(0);
        await smtp.waitUntilHeld(1);
        expect(smtp.received).toHaveLength(0);
        const whileQueued = queueTable(app.databaseFile);

        smtp.release();
        await waitForQueueDrained(app.databaseFile);
        expect(smtp.received).toHaveLength(1);
        expect(smtp.received[0].envelopeTo).toEqual([email]);
        const code = codeIn(smtp);
        expect(code).toMatch(/^\d{6}$/);
        // Neither while queued (sealed) nor after sending (erased) does the queue hold the code or the text around it.
        for (const table of [whileQueued, queueTable(app.databaseFile)]) {
            expect(table).not.toContain(code);
            expect(table).not.toContain('confirmation code');
        }
        expect(queueRows(app.databaseFile)).toEqual([expect.objectContaining({ status: 'sent', sealedBody: null })]);
        expect(JSON.stringify(app.logs)).not.toContain(code);
    });

    test('a failing server is tried again, and the code arrives once when it recovers', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p', failDataWith: 451 });
        const app = await startTestApp(smtpEnv());
        apps.push(app);
        const email = 'failing.server@example.org';

        expect(await askToRegister(app, email)).toContain(en('createAccount.email.sent', { email }));
        await until(() => queueRows(app.databaseFile).some((row) => row.attempts >= 1 && row.status === 'queued'), 'the first send failed');
        expect(queueRows(app.databaseFile)[0].lastError).toMatch(/451/);
        expect(smtp.received).toHaveLength(0);

        smtp.failDataWith(undefined);
        await until(() => smtp.received.length > 0, 'the code arrived');
        await waitForQueueDrained(app.databaseFile);
        expect(smtp.received).toHaveLength(1);
        expect(queueRows(app.databaseFile)).toEqual([expect.objectContaining({ status: 'sent', sealedBody: null })]);
    });

    test('a message still queued when the app stops is sent, once, by the next start on the same database', async () => {
        smtp = await startLocalSmtpServer({ user: 'u', pass: 'p', failDataWith: 451 });
        const database = createMigratedDatabase();
        try {
            const email = 'restart.queue@example.org';
            const first = await startTestApp(smtpEnv(), database.file);
            try {
                expect(await askToRegister(first, email)).toContain(en('createAccount.email.sent', { email }));
                await until(() => queueRows(database.file).some((row) => row.attempts >= 1 && row.status === 'queued'), 'the first send failed');
            } finally {
                await first.stop();
            }
            expect(queueRows(database.file)).toEqual([expect.objectContaining({ status: 'queued' })]);
            expect(smtp.received).toHaveLength(0);

            smtp.failDataWith(undefined);
            const second = await startTestApp(smtpEnv(), database.file);
            try {
                await until(() => smtp.received.length > 0, 'the code arrived after the restart');
                await waitForQueueDrained(database.file);
            } finally {
                await second.stop();
            }
            expect(smtp.received).toHaveLength(1);
            expect(smtp.received[0].envelopeTo).toEqual([email]);
            expect(queueRows(database.file)).toEqual([expect.objectContaining({ status: 'sent', sealedBody: null })]);
        } finally {
            fs.rmSync(database.dir, { recursive: true, force: true });
        }
    });
});
